"use server";

import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { retractEvidence } from "@/lib/trust/evidence";
import { RetractEvidenceSchema, type RetractEvidence } from "@/lib/validations/trust";

/** /moderation/results/[id]: a moderator retracts a result's reproduction. */
export async function retractEvidenceAction(input: unknown): Promise<FormResult<RetractEvidence>> {
  const parsed = RetractEvidenceSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await retractEvidence((await currentWriter())?.id ?? null, parsed.data);
    return { ok: true, message: "Retracted: the result's trust dropped." };
  } catch (error) {
    return refusal(error);
  }
}
