"use server";

import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { decideSubmissions, type BulkItemOutcome } from "@/lib/submissions/decisions/decide-submissions";
import { BulkDecisionSchema, type BulkDecision } from "@/lib/validations/moderation";

export type BulkResult = FormResult<BulkDecision> & { outcomes?: BulkItemOutcome[] };

/** /moderation: approve or reject the chosen submissions, each on its own; the answer says how each went. */
export async function decideSubmissionsAction(input: unknown): Promise<BulkResult> {
  const parsed = BulkDecisionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const outcomes = await decideSubmissions((await currentWriter())?.id ?? null, parsed.data);
    return { ok: outcomes.every((outcome) => outcome.ok), outcomes };
  } catch (error) {
    return refusal(error);
  }
}
