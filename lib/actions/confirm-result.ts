"use server";

import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { confirmResult } from "@/lib/authors/confirm-result";
import { ConfirmResultSchema, type ConfirmResult } from "@/lib/validations/trust";

/** /result/[id]/author: an approved author confirms a result of their paper. */
export async function confirmResultAction(input: unknown): Promise<FormResult<ConfirmResult>> {
  const parsed = ConfirmResultSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await confirmResult((await currentWriter())?.id ?? null, parsed.data);
    return { ok: true, message: "Confirmed: the result is now author-confirmed." };
  } catch (error) {
    return refusal(error);
  }
}
