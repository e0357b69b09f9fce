// The Pareto frontier of score against size: the results that no other beats on both, smaller (or as
// small) and better (or as good), one of them strictly.
export type ParetoPoint<T> = { item: T; size: number; score: number };

/** True when `a` dominates `b`: no larger, no worse, and strictly one of the two. */
export function dominates(a: { size: number; score: number }, b: { size: number; score: number }, higherIsBetter: boolean): boolean {
  const asGood = higherIsBetter ? a.score >= b.score : a.score <= b.score;
  const better = higherIsBetter ? a.score > b.score : a.score < b.score;
  return a.size <= b.size && asGood && (a.size < b.size || better);
}

/** The points on the frontier, by size: one sort, then a sweep keeping each point better than all smaller ones. */
export function paretoFrontier<T>(points: ParetoPoint<T>[], higherIsBetter: boolean): ParetoPoint<T>[] {
  const sign = higherIsBetter ? 1 : -1;
  const sorted = [...points].sort((a, b) => a.size - b.size || sign * (b.score - a.score));
  const frontier: ParetoPoint<T>[] = [];
  let best = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < sorted.length; i += 1) {
    const point = sorted[i];
    const score = sign * point.score;
    const last = frontier[frontier.length - 1];
    // A point equal to the last frontier point in both is not dominated by it: it stays too.
    if (score > best || (last && last.size === point.size && last.score === point.score)) {
      frontier.push(point);
      best = Math.max(best, score);
    }
  }
  return frontier;
}
