import { describe, expect, it } from "vitest";
import { scale, thinPoints, timeTicks, valueTicks } from "./chart";

const labels = (ticks: { label: string }[]) => ticks.map((tick) => tick.label);

describe("valueTicks", () => {
  it("covers the values with round steps", () => {
    const { domain, ticks } = valueTicks(84.3, 88.55);
    expect(domain).toEqual([84, 89]);
    expect(labels(ticks)).toEqual(["84", "85", "86", "87", "88", "89"]);
    expect(labels(valueTicks(35.76, 78.4).ticks)).toEqual(["30", "40", "50", "60", "70", "80"]);
  });

  it("shows as many decimals as the step needs, and groups thousands", () => {
    expect(labels(valueTicks(1.8, 1.8).ticks)).toEqual(["1.70", "1.75", "1.80", "1.85", "1.90"]);
    expect(labels(valueTicks(0, 1_000_000).ticks)).toContain("200,000");
  });
});

describe("timeTicks", () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

  it("uses years for long spans and months for short ones", () => {
    expect(labels(timeTicks(day("2014-09-08"), day("2019-02-14")).ticks)).toEqual(["2015", "2016", "2017", "2018", "2019"]);
    expect(labels(timeTicks(day("1990-01-01"), day("2024-08-14")).ticks)).toEqual(["1990", "2000", "2010", "2020"]);
    expect(timeTicks(day("2017-03-20"), day("2017-08-07")).ticks.every((tick) => /^\w+ 2017$/.test(tick.label))).toBe(true);
  });

  it("pads the domain so that a single date sits in the middle", () => {
    const { domain } = timeTicks(day("2017-08-14"), day("2017-08-14"));
    expect(scale(day("2017-08-14"), domain)).toBeCloseTo(0.5);
  });
});

describe("thinPoints", () => {
  it("keeps every record and at most the number asked of the others, spread over time", () => {
    const points = Array.from({ length: 1000 }, (_, i) => ({ i, isRecord: i % 100 === 0 }));
    const thinned = thinPoints(points, 99);
    expect(thinned.filter((p) => p.isRecord)).toHaveLength(10);
    expect(thinned.filter((p) => !p.isRecord)).toHaveLength(99);
    expect(thinned.at(-1)!.i).toBeGreaterThan(950);
    expect(thinPoints(points.slice(0, 50), 99)).toHaveLength(50);
  });
});
