import { hash, verify } from "@node-rs/argon2";

/** An argon2id hash with the library's defaults (19 MiB, 2 passes: OWASP's recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** False for a wrong password and for a stored hash that cannot be read. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/** Spends the time of one verification, so that an unknown email answers as slowly as a wrong password. */
export async function verifyDecoyPassword(password: string): Promise<void> {
  decoyHash ??= hash("decoy password that no account has");
  await verifyPassword(await decoyHash, password);
}
