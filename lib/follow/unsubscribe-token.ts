import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";

function signatureOf(userId: string): string {
  const secret = authSecret(env);
  if (!secret) throw new Error("AUTH_SECRET is required to sign unsubscribe links");
  return createHmac("sha256", secret).update(`digest-unsubscribe:${userId}`).digest("base64url");
}

/** The token of a digest's unsubscribe link: it works signed out, for that user only, and never expires. */
export function createUnsubscribeToken(userId: string): string {
  return `${userId}.${signatureOf(userId)}`;
}

/** The user a token was made for, or null when it was not made by this site. */
export function verifyUnsubscribeToken(token: string): string | null {
  const [userId, signature] = token.split(".", 2);
  if (!userId || !signature) return null;
  const expected = Buffer.from(signatureOf(userId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
