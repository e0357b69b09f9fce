import { expect, it } from "vitest";
import { prisma } from "./db";

it("gives each test file a migrated, empty database of its own", async () => {
  expect(process.env.DATABASE_URL).toMatch(/data\/test\/.+\.db$/);
  expect(await prisma.task.count()).toBe(0);
});
