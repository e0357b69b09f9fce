import { describe, expect, it } from "vitest";
import { applyFilters, boardLinker, parseFilterSegments, withFilters } from "./board-filters";
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

  it("ranks the comparable group by default, other settings after it; ?setting=all ranks all together", () => {
    const board = [...results, { id: "d", settings: { ensemble: "no" }, params: 1e9 }];
    const byDefault = applyFilters(null, board, { setting: null, maxParams: null })!;
    expect(byDefault.mode).toBe("comparable");
    expect(byDefault.group).toEqual({ ensemble: "no" });
    expect(byDefault.results.map((r) => r.id)).toEqual(["b", "d"]);
    expect(byDefault.others.map((r) => r.id)).toEqual(["a", "c"]);
    const together = applyFilters(null, board, { setting: "all", maxParams: null })!;
    expect([together.mode, together.results.map((r) => r.id), together.others]).toEqual(["all", ["a", "b", "c", "d"], []]);
    expect(applyFilters(null, board, { setting: "ensemble", maxParams: null })!.mode).toBe("split");
    expect(applyFilters(null, board, { setting: "ensemble:yes", maxParams: null })!.mode).toBe("one");
  });

  it("leaves a board without settings as it was: one list, nothing after it", () => {
    const plain = [
      { id: "x", settings: {}, params: null },
      { id: "y", params: null },
    ];
    const applied = applyFilters(null, plain, { setting: null, maxParams: null })!;
    expect([applied.mode, applied.results.map((r) => r.id), applied.others]).toEqual(["all", ["x", "y"], []]);
    expect(applyFilters(null, plain, { setting: "all", maxParams: null })!.mode).toBe("all");
  });

  it("keeps the active filters and trust in the board's links, changing only what a control changes", () => {
    const linkTo = boardLinker("b", { setting: "ensemble:no", maxParams: 7e9 }, "code");
    expect(linkTo("/sota/b/by/f1")).toBe("/sota/b/trust/code/setting/ensemble%3Ano/max-params/7e9/by/f1");
    expect(linkTo("/sota/b/page/2", { setting: "all" })).toBe("/sota/b/trust/code/setting/all/max-params/7e9/page/2");
    expect(linkTo("/sota/b", { setting: null, trust: null })).toBe("/sota/b/max-params/7e9");
    expect(boardLinker("b", { setting: null, maxParams: null }, null)("/sota/b/by/f1")).toBe("/sota/b/by/f1");
  });
});
