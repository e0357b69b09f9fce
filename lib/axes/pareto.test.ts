import { describe, expect, it } from "vitest";
import { axesFromValues, axisOfMetric, formatAmount, parseAmount } from "./axes";
import { dominates, paretoFrontier, type ParetoPoint } from "./pareto";

function bruteForce<T>(points: ParetoPoint<T>[], higherIsBetter: boolean): ParetoPoint<T>[] {
  return points.filter((p) => !points.some((q) => q !== p && dominates(q, p, higherIsBetter)));
}

// A small seeded generator: the same random sets on every run, with many ties (small integer ranges).
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const ids = (points: ParetoPoint<number>[]) => points.map((point) => point.item).sort((a, b) => a - b);

describe("paretoFrontier", () => {
  it("equals the brute-force frontier on random point sets, both directions", () => {
    const next = random(42);
    for (let run = 0; run < 500; run += 1) {
      const count = Math.floor(next() * 30);
      const spread = 1 + Math.floor(next() * 10);
      const points = Array.from({ length: count }, (_, item) => ({ item, size: Math.floor(next() * spread), score: Math.floor(next() * spread) }));
      for (const higher of [true, false]) expect(ids(paretoFrontier(points, higher))).toEqual(ids(bruteForce(points, higher)));
    }
  });

  it("keeps the smallest of equal scores and drops the larger", () => {
    const frontier = paretoFrontier(
      [
        { item: 1, size: 7e9, score: 80 },
        { item: 2, size: 1e9, score: 80 },
        { item: 3, size: 70e9, score: 85 },
      ],
      true,
    );
    expect(frontier.map((point) => point.item)).toEqual([2, 3]);
  });
});

describe("axes", () => {
  it("reads the archive's parameter columns", () => {
    expect(axisOfMetric("Number of params")).toBe("params");
    expect(axisOfMetric("Params")).toBe("params");
    expect(axisOfMetric("Parameters")).toBe("params");
    expect(axisOfMetric("Accuracy")).toBeNull();
    expect(
      axesFromValues([
        { metric: "Number of params", value: 257e6 },
        { metric: "Accuracy", value: 0.9 },
      ]),
    ).toEqual({ params: 257e6 });
  });

  it("parses and formats amounts", () => {
    expect(parseAmount("7e9")).toBe(7e9);
    expect(parseAmount("7B")).toBe(7e9);
    expect(parseAmount("250k")).toBe(250000);
    expect(parseAmount("lots")).toBeNull();
    expect(formatAmount(7e9)).toBe("7B");
    expect(formatAmount(257e6)).toBe("257M");
  });
});
