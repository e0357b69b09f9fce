"use server";

import { revalidatePath } from "next/cache";
import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { replaceWithExistingEntry, ReplaceWithExistingEntrySchema, type ReplaceWithExistingEntry } from "@/lib/near-names/replace-with-existing-entry";

/** /moderation/[id]: a proposed task or dataset replaced by the existing one it is near ("Use this instead"). */
export async function replaceWithExistingEntryAction(input: unknown): Promise<FormResult<ReplaceWithExistingEntry>> {
  const parsed = ReplaceWithExistingEntrySchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { before, after } = await replaceWithExistingEntry((await currentWriter())?.id ?? null, parsed.data);
    revalidatePath(`/moderation/${parsed.data.submissionId}`);
    return { ok: true, message: `The submission now names ${after} instead of ${before}; ${before} is kept as another name of it.` };
  } catch (error) {
    return refusal(error);
  }
}
