import { describe, expect, it } from "vitest";
import { parseMetricValue } from "./parse-metric-value";

describe("parseMetricValue", () => {
  it.each([
    ["92.4", 92.4],
    ["-0.5", -0.5],
    ["−1.25", -1.25],
    ["+3", 3],
    [".5", 0.5],
    ["1e-3", 0.001],
    ["2.5E+2", 250],
    [" 77.34 ", 77.34],
    ["1,234,567", 1234567],
    ["1,234.5", 1234.5],
  ])("reads the plain number %j", (raw, value) => {
    expect(parseMetricValue(raw)).toEqual({ raw: raw.trim(), value, uncertainty: null, unit: "" });
  });

  it("reads a JSON number and keeps its text", () => {
    expect(parseMetricValue(81.3)).toEqual({ raw: "81.3", value: 81.3, uncertainty: null, unit: "" });
    expect(parseMetricValue(0)).toEqual({ raw: "0", value: 0, uncertainty: null, unit: "" });
  });

  it("reads percentages with their unit", () => {
    expect(parseMetricValue("6.57%")).toEqual({ raw: "6.57%", value: 6.57, uncertainty: null, unit: "%" });
    expect(parseMetricValue("9 %")).toMatchObject({ value: 9, unit: "%" });
  });

  it.each(["0.8256 ± 0.0031", "0.8256±0.0031", "0.8256 +- 0.0031", "0.8256+/-0.0031"])("reads the value and its uncertainty in %j", (raw) => {
    expect(parseMetricValue(raw)).toEqual({ raw, value: 0.8256, uncertainty: 0.0031, unit: "" });
  });

  it("reads an uncertainty given in percentage points", () => {
    expect(parseMetricValue("92.1 ± 0.3%")).toMatchObject({ value: 92.1, uncertainty: 0.3, unit: "%" });
    expect(parseMetricValue("92.1% ± 0.3%")).toMatchObject({ value: 92.1, uncertainty: 0.3, unit: "%" });
  });

  it.each([
    ["2.0m", 2_000_000],
    ["250k", 250_000],
    ["250K", 250_000],
    ["~257M", 257_000_000],
    ["1.2B", 1_200_000_000],
    ["0.1k", 100],
  ])("multiplies the count %j", (raw, value) => {
    expect(parseMetricValue(raw)).toEqual({ raw, value, uncertainty: null, unit: "" });
  });

  it("drops footnote marks and approximation signs but keeps them in the text", () => {
    expect(parseMetricValue("28.5*")).toEqual({ raw: "28.5*", value: 28.5, uncertainty: null, unit: "" });
    expect(parseMetricValue("91.2†")).toMatchObject({ value: 91.2 });
    expect(parseMetricValue("≈ 3.1")).toMatchObject({ value: 3.1 });
  });

  it.each([
    "-",
    "–",
    "—",
    "",
    "   ",
    "*",
    "N/A",
    "n/a",
    "Please tell us",
    "(32.76 32.07 26.26 22.74)",
    "16.97 15.58",
    "92.4 (dev)",
    "1,234",
    "0,85",
    "12k ± 3",
    "Infinity",
    "NaN",
    "3.2.1",
    "5 minutes",
  ])("keeps %j as unreadable text", (raw) => {
    expect(parseMetricValue(raw)).toEqual({ raw: raw.trim(), value: null, uncertainty: null, unit: "" });
  });

  it("treats a missing value as unreadable", () => {
    expect(parseMetricValue(null)).toEqual({ raw: "", value: null, uncertainty: null, unit: "" });
    expect(parseMetricValue(undefined)).toEqual({ raw: "", value: null, uncertainty: null, unit: "" });
  });
});
