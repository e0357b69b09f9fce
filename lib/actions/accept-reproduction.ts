"use server";

import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { acceptReproduction } from "@/lib/trust/evidence";
import { AcceptReproductionSchema, type AcceptReproduction } from "@/lib/validations/trust";

/** /moderation/results/[id]: a moderator accepts a run or log that reproduces the result. */
export async function acceptReproductionAction(input: unknown): Promise<FormResult<AcceptReproduction>> {
  const parsed = AcceptReproductionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await acceptReproduction((await currentWriter())?.id ?? null, parsed.data);
    return { ok: true, message: "Accepted: the result is now reproduced." };
  } catch (error) {
    return refusal(error);
  }
}
