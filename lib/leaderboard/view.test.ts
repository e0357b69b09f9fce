import { describe, expect, it } from "vitest";
import type { MetricDirection } from "@/lib/generated/prisma/enums";
import { exportFilename, exportPath, findMetric, leaderboardPath, metricSlugs, parseViewSegments, resolveView, switchView } from "./view";

const metric = (id: string, name: string, position: number, direction: MetricDirection = "HIGHER_IS_BETTER") => ({ id, name, position, direction });

describe("parseViewSegments", () => {
  it("reads the default view, the metric and the extra-data filter", () => {
    expect(parseViewSegments(undefined)).toEqual({ metric: null, withoutExtraData: false });
    expect(parseViewSegments(["by", "ap50"])).toEqual({ metric: "ap50", withoutExtraData: false });
    expect(parseViewSegments(["no-extra-data"])).toEqual({ metric: null, withoutExtraData: true });
    expect(parseViewSegments(["no-extra-data", "by", "ap50"])).toEqual({ metric: "ap50", withoutExtraData: true });
  });

  it("keeps a metric name with a slash or encoded characters whole", () => {
    expect(parseViewSegments(["by", "Error ", " Top-1"])).toEqual({ metric: "Error / Top-1", withoutExtraData: false });
    expect(parseViewSegments(["by", "box%20AP"])).toEqual({ metric: "box AP", withoutExtraData: false });
    expect(parseViewSegments(["by", "100%"])).toEqual({ metric: "100%", withoutExtraData: false });
  });

  it("refuses other paths; after the metric, everything belongs to its name", () => {
    expect(parseViewSegments(["by"])).toBeNull();
    expect(parseViewSegments(["export.csv"])).toBeNull();
    expect(parseViewSegments(["by", "ap50", "no-extra-data"])).toEqual({ metric: "ap50/no-extra-data", withoutExtraData: false });
  });
});

describe("metric slugs", () => {
  const metrics = [
    metric("a", "% Test Accuracy", 0),
    metric("b", "Top-1", 1),
    metric("c", "Top 1", 2),
    metric("d", "%", 3),
    metric("e", "Error / Top-1 (%)", 4),
  ];

  it("are URL-safe and unique within a benchmark", () => {
    expect([...metricSlugs(metrics).values()]).toEqual(["test-accuracy", "top-1", "top-1-2", "metric-4", "error-top-1"]);
  });

  it("find a metric by slug, exact name or name in any case", () => {
    expect(findMetric(metrics, "top-1-2")?.id).toBe("c");
    expect(findMetric(metrics, "Error / Top-1 (%)")?.id).toBe("e");
    expect(findMetric(metrics, "% test accuracy")?.id).toBe("a");
    expect(findMetric(metrics, "nothing")).toBeUndefined();
  });
});

describe("paths", () => {
  it("put the filter before the metric, for pages and downloads alike", () => {
    expect(leaderboardPath("b")).toBe("/sota/b");
    expect(leaderboardPath("b", { metricSlug: "ap50", withoutExtraData: true })).toBe("/sota/b/no-extra-data/by/ap50");
    expect(exportPath("b", "csv")).toBe("/sota/b/export.csv");
    expect(exportPath("b", "json", { metricSlug: "ap50" })).toBe("/sota/b/export.json/by/ap50");
    expect(exportFilename("b", "csv", { metricSlug: "ap50", withoutExtraData: true })).toBe("b.by-ap50.no-extra-data.csv");
  });
});

describe("resolveView", () => {
  const board = {
    metrics: [metric("params", "Params", 0, "NOT_RANKED"), metric("acc", "Accuracy", 1), metric("err", "Error", 2, "LOWER_IS_BETTER")],
    results: [
      {
        id: "x",
        modelName: "X",
        evaluatedAt: null,
        usesExtraData: true,
        values: [
          { metricId: "acc", value: 90 },
          { metricId: "err", value: 10 },
        ],
      },
      {
        id: "y",
        modelName: "Y",
        evaluatedAt: null,
        usesExtraData: false,
        values: [
          { metricId: "acc", value: 80 },
          { metricId: "err", value: 5 },
        ],
      },
    ],
  };

  it("ranks by the first ranked metric by default", () => {
    const view = resolveView(board, { metric: null, withoutExtraData: false })!;
    expect(view.metric?.id).toBe("acc");
    expect(view.metricSlug).toBeNull();
    expect(view.rows.map((row) => row.result.id)).toEqual(["x", "y"]);
    expect(view.extraDataCount).toBe(1);
  });

  it("ranks by the metric the URL names and links the other views", () => {
    const view = resolveView(board, { metric: "error", withoutExtraData: false })!;
    expect(view.rows.map((row) => row.result.id)).toEqual(["y", "x"]);
    expect(switchView("b", view, { withoutExtraData: true })).toBe("/sota/b/no-extra-data/by/error");
    expect(switchView("b", view, { metricId: "acc" })).toBe("/sota/b");
  });

  it("has no view for an unknown or unranked metric", () => {
    expect(resolveView(board, { metric: "nothing", withoutExtraData: false })).toBeNull();
    expect(resolveView(board, { metric: "params", withoutExtraData: false })).toBeNull();
  });
});
