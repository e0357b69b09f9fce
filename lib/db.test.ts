import { spawn } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { inject, expect, it } from "vitest";
import { databaseProvider, sqliteFile } from "./database-url";
import { prisma } from "./db";

it("gives each test file a migrated, empty database of its own", async () => {
  expect(process.env.DATABASE_URL).not.toBe(inject("testDatabaseUrl"));
  expect(process.env.DATABASE_URL).toMatch(/(data\/test\/.+\.db|_test_[0-9a-f]{8})$/);
  expect(await prisma.task.count()).toBe(0);
});

/** Starts another process that inserts an area as soon as SQLite lets it; `exited` once it has. */
async function writeFromAnotherProcess(): Promise<{ exited: Promise<unknown> }> {
  const insert = `INSERT INTO "Area" ("id", "slug", "name") VALUES ('other', 'other', 'Other')`;
  const script = `const db = new (require("better-sqlite3"))(process.argv[1], { timeout: 15000 }); require("node:fs").writeSync(1, "ready\\n"); db.prepare(\`${insert}\`).run();`;
  const child = spawn(process.execPath, ["-e", script, sqliteFile()], { stdio: ["ignore", "pipe", "inherit"] });
  await once(child.stdout, "data");
  return { exited: once(child, "exit") };
}

it.runIf(databaseProvider() === "sqlite")("lets an SQLite transaction that has read wait for another process's write", async () => {
  const other = await prisma.$transaction(
    async (tx) => {
      await tx.area.count();
      const started = await writeFromAnotherProcess();
      await sleep(200);
      await tx.area.create({ data: { slug: "mine", name: "Mine" } });
      return started;
    },
    { timeout: 20_000 },
  );
  await other.exited;
  expect(await prisma.area.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).toEqual([{ slug: "mine" }, { slug: "other" }]);
});

it.runIf(databaseProvider() === "postgresql")("plans PostgreSQL's reads for a database held in memory, without parallel workers", async () => {
  const [cost] = await prisma.$queryRaw<{ random_page_cost: string }[]>`SHOW random_page_cost`;
  const [workers] = await prisma.$queryRaw<{ max_parallel_workers_per_gather: string }[]>`SHOW max_parallel_workers_per_gather`;
  expect([cost.random_page_cost, workers.max_parallel_workers_per_gather]).toEqual(["1.1", "0"]);
});
