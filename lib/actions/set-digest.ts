"use server";

import { revalidatePath } from "next/cache";
import { requireWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { setDigestFrequency } from "@/lib/follow/digests";
import { verifyUnsubscribeToken } from "@/lib/follow/unsubscribe-token";
import { SetDigestSchema, type SetDigest } from "@/lib/validations/follow";

const MESSAGES = { OFF: "No e-mail digests.", DAILY: "A digest a day, when something changed.", WEEKLY: "A digest a week, when something changed." };

/** The inbox's digest choice. */
export async function setOwnDigest(input: unknown): Promise<FormResult<SetDigest>> {
  const parsed = SetDigestSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireWriter();
    await setDigestFrequency(user.id, parsed.data.frequency);
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/inbox");
  return { ok: true, message: MESSAGES[parsed.data.frequency] };
}

/** The digest's unsubscribe link, signed in or not: the signed token names the user. */
export async function unsubscribeDigest(formData: FormData): Promise<void> {
  const userId = verifyUnsubscribeToken(String(formData.get("token") ?? ""));
  if (userId) await setDigestFrequency(userId, "OFF");
  revalidatePath("/unsubscribe");
}
