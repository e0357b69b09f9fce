function hasCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === code;
}

/** Prisma's P2002: a write hit a unique constraint (an email already taken, a row created concurrently). */
export function isUniqueViolation(error: unknown): boolean {
  return hasCode(error, "P2002");
}

/** Prisma's P2025: an update or delete found no row matching its `where`. */
export function isRecordNotFound(error: unknown): boolean {
  return hasCode(error, "P2025");
}
