"use server";

import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { decideClaim } from "@/lib/authors/claims";
import { DecideClaimSchema, type DecideClaim } from "@/lib/validations/trust";

/** The moderation queue: a moderator approves or rejects an author's claim. */
export async function decideClaimAction(input: unknown): Promise<FormResult<DecideClaim>> {
  const parsed = DecideClaimSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await decideClaim((await currentWriter())?.id ?? null, parsed.data);
    return { ok: true, message: "Decided." };
  } catch (error) {
    return refusal(error);
  }
}
