import { inject, expect, it } from "vitest";
import { prisma } from "./db";

it("gives each test file a migrated, empty database of its own", async () => {
  expect(process.env.DATABASE_URL).not.toBe(inject("testDatabaseUrl"));
  expect(process.env.DATABASE_URL).toMatch(/(data\/test\/.+\.db|_test_[0-9a-f]{8})$/);
  expect(await prisma.task.count()).toBe(0);
});
