import { describe, expect, it } from "vitest";
import { applyFilters, parseFilterSegments, withFilters } from "./board-filters";
import { STANDARD_SETTINGS, type SettingValues } from "./kinds";

const results: { id: string; settings: SettingValues; params: number | null }[] = [
  { id: "a", settings: { ensemble: "yes" }, params: 7e9 },
  { id: "b", settings: { ensemble: "no" }, params: 70e9 },
  { id: "c", settings: {}, params: null },
];

describe("board filters", () => {
  it("reads and writes filter segments", () => {
    expect(parseFilterSegments(["setting", "ensemble%3Ano", "max-params", "7e9", "by", "f1"])).toEqual({
      filters: { setting: "ensemble:no", maxParams: 7e9 },
      rest: ["by", "f1"],
    });
    expect(parseFilterSegments(["max-params", "lots"])).toBeNull();
    expect(withFilters("/sota/b/by/f1", "b", { setting: "ensemble:no", maxParams: 7e9 })).toBe("/sota/b/setting/ensemble%3Ano/max-params/7e9/by/f1");
  });

  it("filters by a setting's value and by the largest parameter count", () => {
    const ids = (filters: { setting: string | null; maxParams: number | null }) => applyFilters(null, results, filters)!.results.map((r) => r.id);
    expect(ids({ setting: "ensemble:no", maxParams: null })).toEqual(["b"]);
    expect(ids({ setting: "ensemble:unknown", maxParams: null })).toEqual(["c"]);
    expect(ids({ setting: "ensemble", maxParams: null })).toEqual(["a", "b", "c"]);
    expect(ids({ setting: null, maxParams: 1e10 })).toEqual(["a"]);
    expect(applyFilters(null, results, { setting: null, maxParams: 1e10 })!.withoutParams).toBe(1);
    expect(applyFilters([{ kind: "SHOTS", ...STANDARD_SETTINGS.SHOTS }], results, { setting: "ensemble", maxParams: null })).toBeNull();
  });
});
