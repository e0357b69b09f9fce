// A leaderboard as it stood at an instant, rebuilt from each result's current state and its revisions
// (each revision keeps the version that a later change replaced). Pure: lib/data/leaderboard-as-of.ts reads.
import type { LeaderboardRow, LeaderboardValue } from "@/lib/data/leaderboards";
import type { ResultChange, ResultSource, ResultStatus } from "@/lib/generated/prisma/enums";

/** A version of a result as ResultRevision.snapshot stores it (lib/catalogue/results.ts resultSnapshot). */
export type StoredVersion = {
  modelName: string;
  paperId: string | null;
  codeUrl: string | null;
  evaluatedAt: string | null;
  usesExtraData: boolean;
  extraData: string;
  evidence: string;
  values: LeaderboardValue[];
};

export type HistoricResult = {
  row: LeaderboardRow;
  paperId: string | null;
  status: ResultStatus;
  source: ResultSource;
  createdAt: Date;
  revisions: { createdAt: Date; change: ResultChange; snapshot: StoredVersion }[];
};

type PaperRef = LeaderboardRow["paper"];

/**
 * When a result came onto the board: a submission at its approval; rows copied from the old site (the
 * archive, the demo catalogue) at the earlier of their evaluation date and their creation here.
 */
export function appearedAt(result: Pick<HistoricResult, "createdAt" | "source"> & { row: Pick<LeaderboardRow, "approvedAt" | "evaluatedAt"> }): number {
  const created = result.createdAt.getTime();
  if (result.source === "SUBMISSION") return result.row.approvedAt ? Date.parse(result.row.approvedAt) : created;
  return result.row.evaluatedAt ? Math.min(created, Date.parse(result.row.evaluatedAt)) : created;
}

/** The end of a UTC day ("2021-06-30" → 2021-06-30T23:59:59.999Z): a board "as of" a day includes that day. */
export function endOfDay(day: string): Date {
  return new Date(`${day}T23:59:59.999Z`);
}

/**
 * The rows published at `at`, each as it read then: results that appeared later are left out, results
 * retracted at or before `at` too (a retraction after `at` does not hide them), and a result edited later
 * reads as the revision that the first later change replaced.
 */
export function rowsAsOf(results: HistoricResult[], at: Date, papers: Map<string, PaperRef>): LeaderboardRow[] {
  const time = at.getTime();
  return results.flatMap((result) => {
    if (appearedAt(result) > time) return [];
    const revisions = [...result.revisions].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const retractions = revisions.filter((revision) => revision.change === "RETRACTED");
    // Retracted with no record of when (before revisions were kept): off every board.
    if (result.status === "RETRACTED" && retractions.length === 0) return [];
    if (retractions.some((revision) => revision.createdAt.getTime() <= time)) return [];
    // Any change after `at` kept the version it replaced: the one that stood at `at`.
    const later = revisions.find((revision) => revision.createdAt.getTime() > time);
    return [later ? withVersion(result, later.snapshot, papers) : result.row];
  });
}

function withVersion(result: HistoricResult, version: StoredVersion, papers: Map<string, PaperRef>): LeaderboardRow {
  const paper = version.paperId === result.paperId ? result.row.paper : version.paperId ? (papers.get(version.paperId) ?? null) : null;
  return {
    ...result.row,
    modelName: version.modelName,
    paper,
    codeUrl: version.codeUrl,
    evaluatedAt: version.evaluatedAt,
    usesExtraData: version.usesExtraData,
    extraData: version.extraData,
    evidence: version.evidence,
    values: version.values.map(({ metricId, raw, value, uncertainty }) => ({ metricId, raw, value, uncertainty: uncertainty ?? null })),
  };
}
