/** An automatic check shown to the submitter before sending and to the moderator in review (docs/design.md, "Words"). */
export type SubmissionCheck = {
  kind:
    | "possible_duplicate"
    | "value_out_of_range"
    | "implausible_jump"
    | "new_task"
    | "new_dataset"
    | "new_benchmark"
    | "new_metric"
    | "new_paper"
    | "missing_paper"
    | "missing_evidence";
  /** Warnings ask for a moderator's attention; notes only inform. */
  severity: "warning" | "note";
  message: string;
  /** The result row (0-based) and metric the check is about, when it is about one. */
  row?: number;
  metric?: string;
};

export function hasWarnings(checks: SubmissionCheck[]): boolean {
  return checks.some((check) => check.severity === "warning");
}
