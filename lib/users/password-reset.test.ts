import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { startTestSmtpServer, type ReceivedMail } from "@/lib/test/smtp-server";
import { resetDatabase } from "@/lib/test/reset-database";
import { changePassword } from "./change-password";
import { PASSWORD_RESET, requestPasswordReset, resetPassword } from "./password-reset";

// Mail goes through a real SMTP server on loopback; lib/env reads SMTP_URL when first imported.
const SMTP_PORT = vi.hoisted(() => {
  const port = 21000 + (process.pid % 20000);
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.SITE_URL = "http://pwc.test";
  return port;
});

const inbox: ReceivedMail[] = [];
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
beforeAll(async () => {
  smtp = await startTestSmtpServer(SMTP_PORT, (mail) => inbox.push(mail));
});
afterAll(() => smtp.close());

const OLD = "the old password";
const NEW = "a brand new password";
let userId: string;

beforeEach(async () => {
  await resetDatabase();
  inbox.length = 0;
  const user = await prisma.user.create({ data: { email: "ada@example.org", passwordHash: await hashPassword(OLD) } });
  userId = user.id;
});
afterEach(() => vi.useRealTimers());

function signIn(password: string) {
  return verifyCredentials({ email: "ada@example.org", password, clientAddress: null });
}

/** The token of the link in the one mail received. */
function tokenOfMail(): string {
  expect(inbox).toHaveLength(1);
  const link = inbox[0].text.match(/http:\/\/pwc\.test\/reset-password\?token=([\w-]+)/);
  expect(link).not.toBeNull();
  return link![1];
}

describe("password reset", () => {
  it("mails a single-use link through SMTP and stores only the token's hash", async () => {
    await requestPasswordReset("ada@example.org", "192.0.2.1");
    expect(inbox[0]).toMatchObject({ to: ["ada@example.org"], subject: "Set a new password for Papers With Code 2" });
    const token = tokenOfMail();
    const stored = await prisma.passwordReset.findFirstOrThrow();
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(PASSWORD_RESET.validForMs, -4);
  });

  it("answers an unknown email alike, and sends nothing", async () => {
    await requestPasswordReset("nobody@example.org", "192.0.2.1");
    expect(inbox).toHaveLength(0);
    expect(await prisma.passwordReset.count()).toBe(0);
  });

  it("sets the new password, ends every session, and works only once", async () => {
    await requestPasswordReset("ada@example.org", "192.0.2.1");
    const token = tokenOfMail();
    await resetPassword(token, NEW);
    expect(await signIn(NEW)).toMatchObject({ ok: true });
    expect(await signIn(OLD)).toMatchObject({ ok: false, reason: "invalid" });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ sessionVersion: 1 });
    await expect(resetPassword(token, "yet another password")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await signIn(NEW)).toMatchObject({ ok: true });
  });

  it("refuses an expired link and a made-up one", async () => {
    await requestPasswordReset("ada@example.org", "192.0.2.1");
    const token = tokenOfMail();
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + PASSWORD_RESET.validForMs + 1000 });
    await expect(resetPassword(token, NEW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resetPassword("made-up", NEW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await signIn(OLD)).toMatchObject({ ok: true });
  });

  it("limits the mails one email receives and the requests one address makes", async () => {
    for (let i = 0; i < PASSWORD_RESET.perEmail.limit + 2; i++) await requestPasswordReset("ada@example.org", `198.51.100.${i}`);
    expect(inbox).toHaveLength(PASSWORD_RESET.perEmail.limit);
    for (let i = 0; i < PASSWORD_RESET.perAddress.limit; i++) await requestPasswordReset(`guess${i}@example.org`, "192.0.2.9");
    await expect(requestPasswordReset("ada@example.org", "192.0.2.9")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("changePassword", () => {
  it("needs the current password, then ends every session", async () => {
    await expect(changePassword(userId, { currentPassword: "wrong", newPassword: NEW })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await changePassword(userId, { currentPassword: OLD, newPassword: NEW });
    expect(await signIn(NEW)).toMatchObject({ ok: true });
    expect(await signIn(OLD)).toMatchObject({ ok: false });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ sessionVersion: 1 });
  });
});
