"use server";

import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { retractResult } from "@/lib/submissions/decisions/retract-result";
import { RetractResultSchema, type RetractResult } from "@/lib/validations/submission";

/** /moderation/results/[id]: take a published result off its leaderboard, with a reason. */
export async function retractResultAction(input: unknown): Promise<FormResult<RetractResult>> {
  const parsed = RetractResultSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await retractResult((await currentWriter())?.id ?? null, parsed.data);
    // The form links to the leaderboard itself: a redirectTo would take the moderator away from the result.
    return { ok: true, message: "Retracted: the result is off the leaderboard and stays in its history." };
  } catch (error) {
    return refusal(error);
  }
}
