import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";

const run = promisify(execFile);

/** `npm run user:role -- …` on this test's database: exit code and output. */
async function userRole(...args: string[]) {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "scripts/user-role.ts", ...args], { env: process.env });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

beforeEach(resetDatabase);

describe("npm run user:role", () => {
  it("sets a role by email", async () => {
    await prisma.user.create({ data: { email: "ada@example.org" } });
    expect(await userRole("Ada@example.org", "moderator")).toEqual({ code: 0, output: "ada@example.org: USER → MODERATOR.\n" });
    expect(await prisma.auditEvent.findMany()).toMatchObject([
      { kind: "USER_ROLE", actorId: null, subject: "ada@example.org", before: "USER", after: "MODERATOR" },
    ]);
    expect(await prisma.user.findUnique({ where: { email: "ada@example.org" } })).toMatchObject({ role: "MODERATOR" });
  });

  it("says what is wrong with its arguments or the email", async () => {
    expect(await userRole("ada@example.org", "KING")).toMatchObject({ code: 2, output: expect.stringContaining("Usage:") });
    expect(await userRole("ghost@example.org", "ADMIN")).toEqual({ code: 1, output: "No user has the email ghost@example.org.\n" });
  });
});
