// Personal API tokens: shown once at creation, stored only as their SHA-256, sent as `Authorization: Token …`.
import { createHash, randomBytes } from "node:crypto";
import { tags } from "@/lib/cache/tags";
import { expireTagsEverywhere, lastExpiry } from "@/lib/cache/tag-store.js";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireActor } from "@/lib/users/require-actor";
import type { CreateApiToken } from "@/lib/validations/api-token";

const TOKEN_START = "pwc_";
/** What the profile shows of a token to tell it apart: "pwc_3fK9aQ2m". */
const SHOWN_LENGTH = TOKEN_START.length + 8;
export const MAX_ACTIVE_TOKENS = 20;
// Recording every use would write on every call; to the minute is what "last used" needs.
const LAST_USED_PRECISION_MS = 60_000;

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type ApiTokenSummary = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null };

/** A new token: `token` is the secret itself, to show once; only its hash is stored. */
export type CreatedApiToken = ApiTokenSummary & { token: string };

const SUMMARY_SELECT = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true } as const;

export async function createApiToken(userId: string | null, input: CreateApiToken): Promise<CreatedApiToken> {
  const token = `${TOKEN_START}${randomBytes(32).toString("base64url")}`;
  return prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId);
    const active = await tx.apiToken.count({ where: { userId: actor.id, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS) {
      throw new AppError("CONFLICT", `You have ${MAX_ACTIVE_TOKENS} tokens in use: revoke one you no longer need first.`);
    }
    const created = await tx.apiToken.create({
      data: { userId: actor.id, name: input.name, tokenHash: hashApiToken(token), prefix: token.slice(0, SHOWN_LENGTH) },
      select: SUMMARY_SELECT,
    });
    return { ...created, token };
  });
}

/** Revokes one of the user's own tokens at once; someone else's, or one revoked already, is NOT_FOUND. */
export async function revokeApiToken(userId: string | null, tokenId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId);
    const revoked = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: actor.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) throw new AppError("NOT_FOUND", "That token is not in use: it may have been revoked already.");
  });
  // Every server process forgets the token's owner it kept (knownTokens): its next call is refused.
  await expireTagsEverywhere([tags.apiToken(tokenId)]);
}

/** The user's tokens in use, newest first. */
export function listApiTokens(userId: string): Promise<ApiTokenSummary[]> {
  return prisma.apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: SUMMARY_SELECT,
  });
}

export type TokenCaller = { userId: string; tokenId: string };

const AUTHORIZATION = /^(?:Token|Bearer) +([A-Za-z0-9_-]{1,200})$/;

// The rate limit and currentApiUserId both ask: the token is looked up once per request.
const callers = new WeakMap<Request, Promise<TokenCaller | null>>();

/**
 * The token sent as `Authorization: Token <token>` and whose it is; null when the request sends none.
 * An unknown or revoked token (or another kind of Authorization) is refused with UNAUTHENTICATED, so
 * that a script with a bad token learns it at once instead of being served as anonymous. Records its use.
 */
export function authenticateToken(request: Request): Promise<TokenCaller | null> {
  let caller = callers.get(request);
  if (!caller) {
    caller = lookUpToken(request);
    callers.set(request, caller);
  }
  return caller;
}

// A token's owner, looked up once per server process and kept while the token's tag has not expired since (its
// revocation expires it, in every process: lib/cache/tag-store.js): the lookup through Prisma was ~2 ms, most of
// an API read's cost; the tag check is one indexed read. Kept a minute at most, then read again: a token removed
// without its tag expiring (its account deleted, an expiry that failed after the revocation committed) stops
// working within that minute. Keyed by the token's hash; at most MAX_KNOWN_TOKENS.
type KnownToken = TokenCaller & { lookedUpAt: number; lastUsedAt: number };
const knownTokens = new Map<string, KnownToken>();
const MAX_KNOWN_TOKENS = 10_000;
const KEPT_AT_MOST_MS = 60_000;
// Expiries carry the clock of the instance that wrote them (as in lib/cache/cache-handler.js).
const CLOCK_SKEW_MS = 1_000;

/** Forgets every kept token owner: for a database emptied under a running server (lib/test/reset-database.ts). */
export function forgetKnownTokens(): void {
  knownTokens.clear();
}

/** The kept owner of the token with this hash, unless the token was revoked (its tag expired) since it was looked up. */
async function knownToken(tokenHash: string): Promise<KnownToken | null> {
  const known = knownTokens.get(tokenHash);
  if (!known) return null;
  const isRecent = Date.now() - known.lookedUpAt < KEPT_AT_MOST_MS;
  if (isRecent && (await lastExpiry([tags.apiToken(known.tokenId)])) < known.lookedUpAt) return known;
  knownTokens.delete(tokenHash);
  return null;
}

/** The token's owner from the database, kept for the next calls; null when it is unknown or revoked. */
async function readToken(tokenHash: string): Promise<KnownToken | null> {
  const lookedUpAt = Date.now() - CLOCK_SKEW_MS;
  const token = await prisma.apiToken.findUnique({ where: { tokenHash }, select: { id: true, userId: true, revokedAt: true, lastUsedAt: true } });
  if (!token || token.revokedAt) return null;
  if (knownTokens.size >= MAX_KNOWN_TOKENS) knownTokens.clear();
  const known = { userId: token.userId, tokenId: token.id, lookedUpAt, lastUsedAt: token.lastUsedAt?.getTime() ?? 0 };
  knownTokens.set(tokenHash, known);
  return known;
}

const unknownToken = () =>
  new AppError("UNAUTHENTICATED", "This API token is unknown or revoked. Send a token from your profile page as “Authorization: Token <token>”.");

async function lookUpToken(request: Request): Promise<TokenCaller | null> {
  const header = request.headers.get("authorization")?.trim();
  if (!header) return null;
  const sent = AUTHORIZATION.exec(header)?.[1];
  if (!sent) throw unknownToken();
  const tokenHash = hashApiToken(sent);
  const token = (await knownToken(tokenHash)) ?? (await readToken(tokenHash));
  if (!token) throw unknownToken();
  const now = Date.now();
  if (now - token.lastUsedAt >= LAST_USED_PRECISION_MS) {
    token.lastUsedAt = now;
    // Revoked meanwhile, its tag not expired (the expiry failed): refused now that the row says so.
    const used = await prisma.apiToken.updateMany({ where: { id: token.tokenId, revokedAt: null }, data: { lastUsedAt: new Date(now) } });
    if (used.count === 0) {
      knownTokens.delete(tokenHash);
      throw unknownToken();
    }
  }
  return { userId: token.userId, tokenId: token.tokenId };
}

/** The id of the user whose token the request sends; null without one; unknown and revoked tokens are refused. */
export async function userIdFromToken(request: Request): Promise<string | null> {
  return (await authenticateToken(request))?.userId ?? null;
}
