// When two sources give one result different values (issue 10, item 3).

export type ClaimedRow = {
  benchmarkId: string;
  paperId: string | null;
  modelName: string;
  values: { metricId: string; raw: string; value: number | null }[];
};

export type ValueConflict = { metricId: string; raws: [string, string] };

/** Digits after the decimal point as reported: "88.50" → 2, "3.1%" → 1, "88" → 0. */
export function reportedDecimals(raw: string): number {
  const match = raw.match(/\d+(?:[.,](\d+))?/);
  return match?.[1]?.length ?? 0;
}

const sameModel = (a: string, b: string) => a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Whether two rows claim the same result (same benchmark, paper and model) and, if so, the metrics whose
 * values differ beyond rounding: both are rounded to the coarser of their reported precisions
 * ("88.5" and "88.46" agree; "88.5" and "88.3" do not). Null when they are not the same result.
 */
export function detectContest(a: ClaimedRow, b: ClaimedRow): ValueConflict[] | null {
  if (a.benchmarkId !== b.benchmarkId || !a.paperId || a.paperId !== b.paperId || !sameModel(a.modelName, b.modelName)) return null;
  return valueConflicts(a.values, b.values);
}

/** The metrics whose values differ beyond rounding between two versions of one row. */
export function valueConflicts(a: ClaimedRow["values"], b: ClaimedRow["values"]): ValueConflict[] {
  const conflicts: ValueConflict[] = [];
  for (const left of a) {
    const right = b.find((value) => value.metricId === left.metricId);
    if (!right || left.value === null || right.value === null) continue;
    const decimals = Math.min(reportedDecimals(left.raw), reportedDecimals(right.raw));
    const scale = 10 ** decimals;
    // Rounded on integers, so that 88.45 and 88.5 are compared without floating-point surprises.
    if (Math.round(left.value * scale + 1e-9) !== Math.round(right.value * scale + 1e-9))
      conflicts.push({ metricId: left.metricId, raws: [left.raw, right.raw] });
  }
  return conflicts;
}
