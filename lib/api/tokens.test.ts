import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { tags } from "@/lib/cache/tags";
import { expireTagsEverywhere } from "@/lib/cache/tag-store.js";
import { prisma } from "@/lib/db";
import * as tasks from "@/app/api/v1/tasks/route";
import { isAppError } from "@/lib/errors";
import { API_LIMITS } from "./limits";
import { call } from "./testing/call";
import { createApiToken, hashApiToken, listApiTokens, MAX_ACTIVE_TOKENS, revokeApiToken, userIdFromToken } from "./tokens";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn }));

let userId: string;
let otherId: string;

beforeAll(async () => {
  userId = (await prisma.user.create({ data: { email: "ada@example.org", name: "Ada" } })).id;
  otherId = (await prisma.user.create({ data: { email: "grace@example.org", name: "Grace" } })).id;
});

afterEach(() => {
  vi.useRealTimers();
});

const withToken = (token: string) => new Request("http://api.test/api/v1/tasks/", { headers: { authorization: `Token ${token}` } });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return isAppError(error) ? error.code : error;
}

describe("a token's life", () => {
  it("is shown once, stored as its hash with a short prefix, used, then revoked and refused", async () => {
    const created = await createApiToken(userId, { name: "laptop" });
    expect(created.token).toMatch(/^pwc_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 12));
    const stored = await prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).toBe(hashApiToken(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);
    expect(stored.lastUsedAt).toBeNull();

    expect(await userIdFromToken(withToken(created.token))).toBe(userId);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).toBeInstanceOf(Date);
    const used = await call(tasks, { path: "/tasks/", headers: { authorization: `Token ${created.token}` } });
    expect(used.status).toBe(200);

    await revokeApiToken(userId, created.id);
    expect(await refusal(userIdFromToken(withToken(created.token)))).toBe("UNAUTHENTICATED");
    const refused = await call(tasks, { path: "/tasks/", headers: { authorization: `Token ${created.token}` } });
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { code: "unauthenticated" } });
    expect(await listApiTokens(userId)).toEqual([]);
  });

  it("is refused at once after another server process revoked it, though this one knew its owner", async () => {
    const created = await createApiToken(userId, { name: "ci" });
    expect(await userIdFromToken(withToken(created.token))).toBe(userId);
    // Another instance revokes it: the row changes, and the instance expires the token's tag everywhere.
    await prisma.apiToken.update({ where: { id: created.id }, data: { revokedAt: new Date() } });
    await expireTagsEverywhere([tags.apiToken(created.id)]);
    expect(await refusal(userIdFromToken(withToken(created.token)))).toBe("UNAUTHENTICATED");
  });

  it("is read again after a minute at most: a revocation whose tag never expired stops it then", async () => {
    const created = await createApiToken(userId, { name: "cron" });
    expect(await userIdFromToken(withToken(created.token))).toBe(userId);
    await prisma.apiToken.update({ where: { id: created.id }, data: { revokedAt: new Date() } });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 61_000);
    expect(await refusal(userIdFromToken(withToken(created.token)))).toBe("UNAUTHENTICATED");
  });

  it("no Authorization is anonymous; an unknown token or another scheme is refused", async () => {
    expect(await userIdFromToken(new Request("http://api.test/"))).toBeNull();
    expect(await refusal(userIdFromToken(withToken("pwc_unknown")))).toBe("UNAUTHENTICATED");
    const basic = new Request("http://api.test/", { headers: { authorization: "Basic YWRhOnNlY3JldA==" } });
    expect(await refusal(userIdFromToken(basic))).toBe("UNAUTHENTICATED");
  });

  it("accepts the Bearer spelling too", async () => {
    const { token } = await createApiToken(userId, { name: "ci" });
    expect(await userIdFromToken(new Request("http://api.test/", { headers: { authorization: `Bearer ${token}` } }))).toBe(userId);
  });

  it("is revoked only by its owner, once", async () => {
    const created = await createApiToken(userId, { name: "shared by mistake" });
    expect(await refusal(revokeApiToken(otherId, created.id))).toBe("NOT_FOUND");
    expect(await refusal(revokeApiToken(null, created.id))).toBe("UNAUTHENTICATED");
    await revokeApiToken(userId, created.id);
    expect(await refusal(revokeApiToken(userId, created.id))).toBe("NOT_FOUND");
  });

  it("needs a signed-in user, and at most MAX_ACTIVE_TOKENS in use", async () => {
    expect(await refusal(createApiToken(null, { name: "x" }))).toBe("UNAUTHENTICATED");
    const user = await prisma.user.create({ data: { email: "many@example.org" } });
    await prisma.apiToken.createMany({
      data: Array.from({ length: MAX_ACTIVE_TOKENS }, (_, i) => ({ userId: user.id, name: `t${i}`, tokenHash: `hash-${i}`, prefix: "pwc_x" })),
    });
    expect(await refusal(createApiToken(user.id, { name: "one too many" }))).toBe("CONFLICT");
  });

  it("lists the user's tokens in use, newest first, never their hash", async () => {
    const user = await prisma.user.create({ data: { email: "list@example.org" } });
    const first = await createApiToken(user.id, { name: "first" });
    const second = await createApiToken(user.id, { name: "second" });
    await prisma.apiToken.update({ where: { id: first.id }, data: { createdAt: new Date("2020-01-01") } });
    const listed = await listApiTokens(user.id);
    expect(listed.map((token) => token.name)).toEqual(["second", "first"]);
    expect(Object.keys(listed[0]).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name", "prefix"]);
    expect(listed[0].id).toBe(second.id);
  });
});

describe("rate limits", () => {
  // Mid-window, so that the counter filled here is the one the call meets.
  const now = new Date("2030-01-01T12:00:30Z");
  const windowStart = new Date("2030-01-01T12:00:00Z");

  it("past the read limit, an address is answered 429 with Retry-After and a JSON error", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now });
    const headers = { "x-pwc-client-address": "203.0.113.7" };
    await prisma.rateLimit.create({ data: { key: "api:read:ip:203.0.113.7", windowStart, count: API_LIMITS.read.limit - 1 } });

    const last = await call(tasks, { path: "/tasks/", headers });
    expect(last.status).toBe(200);
    expect(last.headers.get("x-ratelimit-remaining")).toBe("0");

    const refused = await call(tasks, { path: "/tasks/", headers });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("30");
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(refused.body).toEqual({ error: { code: "rate_limited", message: "Too many reads: 600 a minute per address. Try again in 30 seconds." } });

    const elsewhere = await call(tasks, { path: "/tasks/", headers: { "x-pwc-client-address": "198.51.100.1" } });
    expect(elsewhere.status).toBe(200);
  });

  it("with tokens, the limit counts per account: a second token of the same account does not add to it", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now });
    const first = await createApiToken(userId, { name: "busy script" });
    const second = await createApiToken(userId, { name: "its twin" });
    await prisma.rateLimit.create({ data: { key: `api:read:user:${userId}`, windowStart, count: API_LIMITS.read.limit - 1 } });
    const address = { "x-pwc-client-address": "192.0.2.50" };
    expect((await call(tasks, { path: "/tasks/", headers: { authorization: `Token ${first.token}`, ...address } })).status).toBe(200);
    const refused = await call(tasks, { path: "/tasks/", headers: { authorization: `Token ${second.token}`, ...address } });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { message: expect.stringContaining("per account") } });
    expect((await call(tasks, { path: "/tasks/", headers: address })).status).toBe(200);
  });
});
