import { describe, expect, it } from "vitest";
import { computeTrust, meetsTrust, parseTrustFilter, type TrustFields } from "./trust-level";

const row = (fields: Partial<TrustFields> = {}): TrustFields => ({
  evidence: "",
  codeUrl: null,
  authorConfirmedAt: null,
  reproducedAt: null,
  contestedAt: null,
  ...fields,
});
const day = new Date("2026-01-01T00:00:00Z");

describe("computeTrust", () => {
  it("rises with each fact: evidence, code, an author's confirmation, an accepted reproduction", () => {
    expect(computeTrust(row()).level).toBe("none");
    expect(computeTrust(row({ evidence: "Table 2" })).level).toBe("reported");
    expect(computeTrust(row({ evidence: "Table 2", codeUrl: "https://github.com/a/b" })).level).toBe("code");
    expect(computeTrust(row({ evidence: "Table 2", codeUrl: "https://github.com/a/b", authorConfirmedAt: day })).level).toBe("author");
    expect(computeTrust(row({ evidence: "Table 2", reproducedAt: day })).label).toBe("Reproduced");
  });

  it("says why, in words", () => {
    const trust = computeTrust(row({ evidence: "Table 2", codeUrl: "https://github.com/a/b" }));
    expect(trust.label).toBe("Code linked");
    expect(trust.reasons).toEqual(["Evidence given: Table 2.", "Code is linked."]);
    expect(computeTrust(row()).reasons).toEqual(["No evidence given."]);
  });

  it("drops at once when the row is contested or retracted, whatever else it has", () => {
    const strong = { evidence: "Table 2", codeUrl: "https://github.com/a/b", authorConfirmedAt: day, reproducedAt: day };
    const contested = computeTrust(row({ ...strong, contestedAt: day }));
    expect(contested).toMatchObject({ level: "none", label: "Contested", isContested: true });
    expect(contested.reasons[0]).toMatch(/^Contested/);
    expect(computeTrust(row({ ...strong, status: "RETRACTED" }))).toMatchObject({ level: "none", label: "Retracted" });
  });

  it("a blank evidence is no evidence", () => {
    expect(computeTrust(row({ evidence: "   " })).level).toBe("none");
  });
});

describe("the filter at least …", () => {
  it("lets through the level asked and those above it", () => {
    expect(meetsTrust("code", "reported")).toBe(true);
    expect(meetsTrust("code", "code")).toBe(true);
    expect(meetsTrust("reported", "code")).toBe(false);
    expect(meetsTrust("none", null)).toBe(true);
  });

  it("reads only the levels it offers", () => {
    expect(parseTrustFilter("author")).toBe("author");
    expect(parseTrustFilter("none")).toBeNull();
    expect(parseTrustFilter(["code"])).toBeNull();
    expect(parseTrustFilter("bogus")).toBeNull();
  });
});
