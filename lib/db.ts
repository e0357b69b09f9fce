import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseProvider, databaseUrl, sqliteFile } from "@/lib/database-url";

// DATABASE_URL's scheme picks the database. The generated client is made for one provider (see
// prisma.config.ts): after switching, `npx prisma generate` and a new build.
function createAdapter() {
  if (databaseProvider() === "postgresql") return new PrismaPg({ connectionString: databaseUrl() });
  // A busy writer (an import, another instance) makes others wait instead of failing at once.
  return new PrismaBetterSQLite3({ url: sqliteFile(), timeout: 15_000 });
}

function createPrismaClient(): PrismaClient {
  try {
    return new PrismaClient({ adapter: createAdapter() });
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes("is not compatible with the provider")) throw error;
    throw new Error(`${error.message} The client was generated for the other database: run \`npx prisma generate\` and build again.`, { cause: error });
  }
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client; kept on globalThis so that development reloads reuse it. */
export const prisma = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
