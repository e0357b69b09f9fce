"use server";

import { revalidatePath } from "next/cache";
import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { revokeApiToken } from "@/lib/api/tokens";
import { RevokeApiTokenSchema, type RevokeApiToken } from "@/lib/validations/api-token";

/** The signed-in user revokes one of their API tokens: it is refused from the next call on. */
export async function revokeOwnApiToken(input: unknown): Promise<FormResult<RevokeApiToken>> {
  const parsed = RevokeApiTokenSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await currentWriter();
    await revokeApiToken(user?.id ?? null, parsed.data.tokenId);
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/profile");
  return { ok: true, message: "The token is revoked." };
}
