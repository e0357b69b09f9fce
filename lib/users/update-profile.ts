import { prisma } from "@/lib/db";
import type { UpdateProfile } from "@/lib/validations/auth";

/** A user changes what others see of them; the role and email are not theirs to change here. */
export async function updateProfile(userId: string, input: UpdateProfile): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { name: input.name } });
}
