"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth";
import { limitAccountWrites } from "@/lib/write-limit";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { changeUserRole } from "@/lib/users/change-role";
import { ChangeRoleSchema, type ChangeRole } from "@/lib/validations/users";

/** /admin/users: an admin gives a user a new role; it applies from that user's next request. */
export async function changeUserRoleAction(input: unknown): Promise<FormResult<ChangeRole>> {
  const parsed = ChangeRoleSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  let change;
  try {
    const admin = await requireRole("ADMIN");
    await limitAccountWrites(admin.id);
    change = await changeUserRole({ userId: admin.id }, { id: parsed.data.userId }, parsed.data.role);
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/admin/users");
  const who = change.name ?? change.email;
  return {
    ok: true,
    message: change.role === change.previousRole ? `${who} is already ${ROLE_LABELS[change.role]}.` : `${who} is now ${ROLE_LABELS[change.role]}.`,
  };
}
