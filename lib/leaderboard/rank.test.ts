import { describe, expect, it } from "vitest";
import type { RankMetric, RankResult } from "./rank";
import { bestOverTime, defaultRankingMetric, placeCandidate, rankableMetrics, rankResults } from "./rank";

const accuracy: RankMetric = { id: "acc", name: "Accuracy", direction: "HIGHER_IS_BETTER", position: 1 };
const error: RankMetric = { id: "err", name: "Error", direction: "LOWER_IS_BETTER", position: 2 };
const params: RankMetric = { id: "params", name: "Params", direction: "NOT_RANKED", position: 0 };

function result(id: string, date: string | null, values: Record<string, number | null>, usesExtraData = false): RankResult {
  return {
    id,
    modelName: `Model ${id}`,
    evaluatedAt: date,
    usesExtraData,
    values: Object.entries(values).map(([metricId, value]) => ({ metricId, value })),
  };
}

const order = (ranked: { result: RankResult }[]) => ranked.map((entry) => entry.result.id);
const ranks = (ranked: { rank: number | null }[]) => ranked.map((entry) => entry.rank);

describe("default ranking metric", () => {
  it("is the first metric by position that is ranked", () => {
    expect(defaultRankingMetric([error, params, accuracy])?.id).toBe("acc");
    expect(rankableMetrics([error, params, accuracy]).map((m) => m.id)).toEqual(["acc", "err"]);
  });

  it("is missing when no metric is ranked", () => {
    expect(defaultRankingMetric([params])).toBeUndefined();
  });
});

describe("rankResults", () => {
  it("ranks higher-is-better descending with competition ranks for ties", () => {
    const ranked = rankResults(
      [
        result("a", "2020-01-01", { acc: 80 }),
        result("b", "2020-01-01", { acc: 90 }),
        result("c", "2019-01-01", { acc: 85 }),
        result("d", "2021-01-01", { acc: 85 }),
      ],
      accuracy,
    );
    expect(order(ranked)).toEqual(["b", "c", "d", "a"]);
    expect(ranks(ranked)).toEqual([1, 2, 2, 4]);
  });

  it("ranks lower-is-better ascending", () => {
    const ranked = rankResults([result("a", null, { err: 7.5 }), result("b", null, { err: 6.4 }), result("c", null, { err: 8.1 })], error);
    expect(order(ranked)).toEqual(["b", "a", "c"]);
    expect(ranks(ranked)).toEqual([1, 2, 3]);
  });

  it("puts unreadable and missing values last, unranked, in date then name order", () => {
    const ranked = rankResults(
      [result("late", "2022-01-01", { acc: null }), result("missing", "2018-01-01", {}), result("ok", "2023-01-01", { acc: 1 })],
      accuracy,
    );
    expect(order(ranked)).toEqual(["ok", "missing", "late"]);
    expect(ranks(ranked)).toEqual([1, null, null]);
  });

  it("orders ties by earlier evaluation, undated last, then model name", () => {
    const ranked = rankResults(
      [result("z", null, { acc: 5 }), result("y", "2021-05-01", { acc: 5 }), result("b", "2020-05-01", { acc: 5 }), result("a", "2020-05-01", { acc: 5 })],
      accuracy,
    );
    expect(order(ranked)).toEqual(["a", "b", "y", "z"]);
    expect(ranks(ranked)).toEqual([1, 1, 1, 1]);
  });

  it("changes order when another metric is chosen", () => {
    const results = [result("a", null, { acc: 90, err: 9 }), result("b", null, { acc: 80, err: 3 })];
    expect(order(rankResults(results, accuracy))).toEqual(["a", "b"]);
    expect(order(rankResults(results, error))).toEqual(["b", "a"]);
  });

  it("never ranks by a NOT_RANKED metric", () => {
    const ranked = rankResults([result("a", "2021-01-01", { params: 5 }), result("b", "2020-01-01", { params: 9 })], params);
    expect(order(ranked)).toEqual(["b", "a"]);
    expect(ranks(ranked)).toEqual([null, null]);
  });

  it("leaves out results with extra training data when asked", () => {
    const results = [result("extra", null, { acc: 99 }, true), result("plain", null, { acc: 90 })];
    expect(order(rankResults(results, accuracy))).toEqual(["extra", "plain"]);
    const without = rankResults(results, accuracy, { excludeExtraData: true });
    expect(order(without)).toEqual(["plain"]);
    expect(ranks(without)).toEqual([1]);
  });
});

describe("bestOverTime", () => {
  const results = [
    result("first", "2018-01-01", { acc: 70, err: 30 }),
    result("worse", "2019-01-01", { acc: 60, err: 40 }),
    result("better", "2020-01-01", { acc: 75, err: 25 }, true),
    result("undated", null, { acc: 99, err: 1 }),
    result("unreadable", "2021-01-01", { acc: null, err: null }),
    result("same-day-worse", "2022-01-01", { acc: 76, err: 24 }),
    result("same-day-best", "2022-01-01", { acc: 80, err: 20 }),
  ];

  it("keeps every dated readable result as a point and marks the running best", () => {
    const { points, records } = bestOverTime(results, accuracy);
    expect(points.map((p) => p.result.id)).toEqual(["first", "worse", "better", "same-day-best", "same-day-worse"]);
    expect(records.map((p) => [p.result.id, p.value])).toEqual([
      ["first", 70],
      ["better", 75],
      ["same-day-best", 80],
    ]);
    expect(points[0].date).toBe("2018-01-01T00:00:00.000Z");
  });

  it("follows the metric's direction", () => {
    const { records } = bestOverTime(results, error);
    expect(records.map((p) => p.value)).toEqual([30, 25, 20]);
  });

  it("follows the extra-data filter and has nothing to show for an unranked metric", () => {
    expect(bestOverTime(results, accuracy, { excludeExtraData: true }).records.map((p) => p.result.id)).toEqual(["first", "same-day-best"]);
    expect(bestOverTime(results, params).points).toEqual([]);
  });
});

describe("placeCandidate", () => {
  const results = [result("a", null, { acc: 90, err: 3 }), result("b", null, { acc: 85, err: 5 }), result("c", null, { acc: 80, err: null })];

  it("gives a candidate's rank and its distance to the best, higher is better", () => {
    expect(placeCandidate(results, accuracy, 87)).toEqual({
      rank: 2,
      rankedCount: 4,
      best: 90,
      distanceToBest: -3,
      relativeDistance: -3 / 90,
      isNewBest: false,
    });
    expect(placeCandidate(results, accuracy, 85).rank).toBe(2);
    expect(placeCandidate(results, accuracy, 95)).toMatchObject({ rank: 1, distanceToBest: 5, isNewBest: true });
  });

  it("follows lower-is-better and ignores unreadable values", () => {
    expect(placeCandidate(results, error, 2)).toMatchObject({ rank: 1, rankedCount: 3, best: 3, distanceToBest: 1, isNewBest: true });
    expect(placeCandidate(results, error, 6)).toMatchObject({ rank: 3, distanceToBest: -3, isNewBest: false });
  });

  it("cannot place an unreadable value, and leads an empty board", () => {
    expect(placeCandidate(results, accuracy, null)).toMatchObject({ rank: null, best: 90, distanceToBest: null });
    expect(placeCandidate([], accuracy, 50)).toMatchObject({ rank: 1, rankedCount: 1, best: null, distanceToBest: null, isNewBest: true });
  });

  it("can leave results with extra training data out of the comparison", () => {
    const withExtra = [...results, result("extra", null, { acc: 99 }, true)];
    expect(placeCandidate(withExtra, accuracy, 95).rank).toBe(2);
    expect(placeCandidate(withExtra, accuracy, 95, { excludeExtraData: true }).rank).toBe(1);
  });
});
