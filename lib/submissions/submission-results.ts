import { MAX_SUBMISSION_ROWS } from "@/lib/validations/submission";

// Which submission created a result. An approved row keeps "submission:<id>:<row>" as its source key,
// so that retracting the result finds the submission (and a second approval could never duplicate it).
const PREFIX = "submission:";

/** The source key of row `row` (0-based) of an approved submission. */
export function submissionResultKey(submissionId: string, row: number): string {
  return `${PREFIX}${submissionId}:${row}`;
}

/** The id of the submission that created a result, from its source key; null for imported and demo rows. */
export function creatingSubmissionId(sourceKey: string | null): string | null {
  if (!sourceKey?.startsWith(PREFIX)) return null;
  const rest = sourceKey.slice(PREFIX.length);
  const end = rest.lastIndexOf(":");
  return end > 0 ? rest.slice(0, end) : null;
}

/**
 * For `where: { sourceKey: … }`: the results a submission created, by their keys, one per row it may hold. The
 * unique index finds them; a prefix match (`startsWith`) read every result of the catalogue (SQLite's LIKE
 * ignores case, so its index is no use): 60 to 110 ms at the archive's size, in every decision's answer.
 */
export function resultsOfSubmission(submissionId: string) {
  return { in: Array.from({ length: MAX_SUBMISSION_ROWS }, (_, row) => submissionResultKey(submissionId, row)) };
}
