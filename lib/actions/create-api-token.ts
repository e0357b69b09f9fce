"use server";

import { revalidatePath } from "next/cache";
import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { createApiToken } from "@/lib/api/tokens";
import { CreateApiTokenSchema, type CreateApiToken } from "@/lib/validations/api-token";

/** The new token as the form shows it, once: `value` is the secret. */
export type ShownApiToken = { id: string; name: string; value: string };

/** The signed-in user creates a personal API token. */
export async function createOwnApiToken(input: unknown): Promise<FormResult<CreateApiToken> & { token?: ShownApiToken }> {
  const parsed = CreateApiTokenSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  let token: ShownApiToken;
  try {
    const user = await currentWriter();
    const created = await createApiToken(user?.id ?? null, parsed.data);
    token = { id: created.id, name: created.name, value: created.token };
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/profile");
  return { ok: true, token };
}
