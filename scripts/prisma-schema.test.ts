import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/database-url";
import { derivePostgresSchema, SCHEMAS, type Provider } from "@/prisma/schemas";

const run = promisify(execFile);
const scratch = mkdtempSync(path.join(tmpdir(), "pwc2-migrations-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * What the provider's migrations, replayed on a scratch (shadow) database, lack of `schema`: an empty
 * string when they build exactly it. `databaseUrl` picks the provider and, for PostgreSQL, the server.
 */
async function migrationsDiff(provider: Provider, schema: string, databaseUrl: string): Promise<string> {
  const args = ["prisma", "migrate", "diff", "--from-migrations", SCHEMAS[provider].migrations, "--to-schema-datamodel", schema];
  try {
    await run("npx", [...args, "--script", "--exit-code"], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    return "";
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    if (failed.code === 2) return failed.stdout;
    throw new Error(`prisma migrate diff failed: ${failed.stderr || failed.stdout}`);
  }
}

// SQLite needs no server: its migrations are checked on every run. PostgreSQL's need one: they are
// checked when the tests run on PostgreSQL (DATABASE_URL=postgresql://…), as CI does.
const checks: { provider: Provider; databaseUrl: string }[] = [
  { provider: "sqlite", databaseUrl: `file:${path.join(scratch, "main.db")}` },
  ...(databaseProvider() === "postgresql" ? [{ provider: "postgresql" as const, databaseUrl: process.env.DATABASE_URL! }] : []),
];

describe("the data model", () => {
  it("has its PostgreSQL schema derived from prisma/schema.prisma (npm run db:schema)", () => {
    const derived = derivePostgresSchema(readFileSync(SCHEMAS.sqlite.schema, "utf8"));
    expect(readFileSync(SCHEMAS.postgresql.schema, "utf8")).toBe(derived);
  });

  describe.each(checks)("on $provider", ({ provider, databaseUrl }) => {
    it("has migrations that build exactly the schema", async () => {
      expect(await migrationsDiff(provider, SCHEMAS[provider].schema, databaseUrl)).toBe("");
    });

    it("has migrations that fall short of a schema with one more column", async () => {
      const ahead = path.join(scratch, `${provider}.prisma`);
      const schema = readFileSync(SCHEMAS[provider].schema, "utf8").replace("model Area {", "model Area {\n  motto String?");
      writeFileSync(ahead, schema);
      expect(await migrationsDiff(provider, ahead, databaseUrl)).toMatch(/ALTER TABLE "Area" ADD COLUMN\s+"motto" TEXT/);
    });
  });
});
