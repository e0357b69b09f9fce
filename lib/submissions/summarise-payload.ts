import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import type { SubmissionCheck } from "@/lib/submissions/checks/check-types";
import { CreateSubmissionSchema, EditResultSchema } from "@/lib/validations/submission";

/** The models a stored payload names, for the queue's rows; a payload that no longer parses names none. */
export function modelNamesOf(kind: SubmissionKind, payload: unknown): string[] {
  if (kind === "NEW_RESULTS") return CreateSubmissionSchema.safeParse(payload).data?.rows.map((row) => row.modelName) ?? [];
  if (kind === "EDIT_RESULT") {
    const edit = EditResultSchema.safeParse(payload).data;
    return edit ? [edit.row.modelName] : [];
  }
  // A report names no model of its own: the queue shows the reported result's.
  return [];
}

/** The stored checks, as written by the submission side (an array of SubmissionCheck). */
export function checksOf(stored: unknown): SubmissionCheck[] {
  return Array.isArray(stored) ? (stored as SubmissionCheck[]) : [];
}

export function warningCount(stored: unknown): number {
  return checksOf(stored).filter((check) => check.severity === "warning").length;
}
