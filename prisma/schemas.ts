// Where each provider's schema and migrations live. prisma/schema.prisma is the one data model; the
// PostgreSQL schema is derived from it (scripts/prisma-schema.ts) and only differs where the database does.

export type Provider = "sqlite" | "postgresql";

export const SCHEMAS: Record<Provider, { schema: string; migrations: string }> = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: { schema: "prisma/postgresql/schema.prisma", migrations: "prisma/postgresql/migrations" },
};

const HEADER = `// Derived from prisma/schema.prisma by scripts/prisma-schema.ts (npm run db:schema): edit that file, not this one.
// The PostgreSQL variant of the data model, with its own migrations in prisma/postgresql/migrations.
`;

function replaceOnce(text: string, from: RegExp, to: string): string {
  if (!from.test(text)) throw new Error(`prisma/schema.prisma no longer contains ${from}: update scripts/prisma-schema.ts`);
  return text.replace(from, to);
}

/**
 * The PostgreSQL schema for the SQLite one: provider swapped, generator output seen from the other folder.
 * Prisma's default PostgreSQL types fit every field so far; a field that needs a native type (`@db.…`)
 * would get it here.
 */
export function derivePostgresSchema(sqlite: string): string {
  let schema = replaceOnce(sqlite, /provider = "sqlite"/, 'provider = "postgresql"');
  schema = replaceOnce(schema, /output(\s+)= "\.\.\/lib\/generated\/prisma"/, 'output$1= "../../lib/generated/prisma"');
  return HEADER + schema.replace(/^\/\/ The one data model[^\n]*\n\/\/ SQLite by default[^\n]*\n/, "");
}
