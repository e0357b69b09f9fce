"use server";

import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { settleContest } from "@/lib/contests/contests";
import { SettleContestSchema, type SettleContest } from "@/lib/validations/trust";

/** The moderation queue: a moderator says which value of a contested row stands, and why. */
export async function settleContestAction(input: unknown): Promise<FormResult<SettleContest>> {
  const parsed = SettleContestSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await settleContest((await currentWriter())?.id ?? null, parsed.data);
    return { ok: true, message: "Settled: the value that stands keeps its place; the history keeps both." };
  } catch (error) {
    return refusal(error);
  }
}
