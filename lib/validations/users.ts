import { z } from "zod";
import { inputString } from "@/lib/validations/text";
import { Role } from "@/lib/generated/prisma/enums";

/** /admin/users: one user's new role. */
export const ChangeRoleSchema = z.object({
  userId: inputString().min(1, "Choose a user"),
  role: z.enum(Role, "Choose a role"),
});
export type ChangeRole = z.infer<typeof ChangeRoleSchema>;

/** /admin/users?q=&page=: the list's search by email and its page. */
export const UserListQuerySchema = z.object({
  q: inputString().trim().toLowerCase().max(254).catch(""),
  page: z.coerce.number().int().min(1).catch(1),
});
