"use server";

import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { disputeResult } from "@/lib/authors/confirm-result";
import { DisputeResultSchema, type DisputeResult } from "@/lib/validations/trust";

/** /result/[id]/author: an approved author disputes a result of their paper, with a reason. */
export async function disputeResultAction(input: unknown): Promise<FormResult<DisputeResult>> {
  const parsed = DisputeResultSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await disputeResult((await currentWriter())?.id ?? null, parsed.data);
    return { ok: true, message: "Disputed: the result is marked contested and waits for a moderator." };
  } catch (error) {
    return refusal(error);
  }
}
