import { Role } from "@/lib/generated/prisma/enums";

// Safe in client components: no database here, only what the UI needs to show roles.

/** From least to most rights. */
export const ROLES = [Role.USER, Role.MODERATOR, Role.ADMIN] as const;

export const ROLE_LABELS: Record<Role, string> = { USER: "User", MODERATOR: "Moderator", ADMIN: "Admin" };

/** Moderators and admins review submissions and edit the catalogue. */
export function canModerate(user: { role: Role } | null | undefined): boolean {
  return user?.role === Role.MODERATOR || user?.role === Role.ADMIN;
}

/** Only admins change roles. */
export function isAdmin(user: { role: Role } | null | undefined): boolean {
  return user?.role === Role.ADMIN;
}
