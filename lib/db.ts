import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sqliteFile } from "@/lib/database-url";

function createPrismaClient(): PrismaClient {
  // A busy writer (an import, another instance) makes others wait instead of failing at once.
  const adapter = new PrismaBetterSQLite3({ url: sqliteFile(), timeout: 15_000 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client; kept on globalThis so that development reloads reuse it. */
export const prisma = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
