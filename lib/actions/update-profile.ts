"use server";

import { revalidatePath } from "next/cache";
import { requireWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { updateProfile } from "@/lib/users/update-profile";
import { UpdateProfileSchema, type UpdateProfile } from "@/lib/validations/auth";

/** The signed-in user renames themselves. */
export async function updateOwnProfile(input: unknown): Promise<FormResult<UpdateProfile>> {
  const parsed = UpdateProfileSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireWriter();
    await updateProfile(user.id, parsed.data);
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/profile");
  return { ok: true, message: "Your name is saved." };
}
