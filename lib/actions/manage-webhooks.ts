"use server";

import { revalidatePath } from "next/cache";
import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { createWebhook, deleteWebhook } from "@/lib/follow/webhooks";
import { CreateWebhookSchema, DeleteWebhookSchema, type CreateWebhook } from "@/lib/validations/follow";

/** /profile: registers a webhook; the answer carries its secret, shown once. */
export async function createOwnWebhook(input: unknown): Promise<FormResult<CreateWebhook> & { secret?: string }> {
  const parsed = CreateWebhookSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  let secret: string;
  try {
    const user = await currentWriter();
    ({ secret } = await createWebhook(user?.id ?? null, parsed.data));
  } catch (error) {
    const result = refusal<CreateWebhook>(error);
    return result.ok ? result : { ...result, message: undefined, fieldErrors: { url: [result.message ?? ""] } };
  }
  revalidatePath("/profile");
  return { ok: true, secret };
}

export async function deleteOwnWebhook(input: unknown): Promise<FormResult> {
  const parsed = DeleteWebhookSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "There is no such webhook." };
  try {
    const user = await currentWriter();
    await deleteWebhook(user?.id ?? null, parsed.data.webhookId);
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/profile");
  return { ok: true };
}
