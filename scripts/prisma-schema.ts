// npm run db:schema: writes prisma/postgresql/schema.prisma from prisma/schema.prisma. Run it after every
// change of the data model, then add a migration for each provider (CONTRIBUTING.md, "A migration").
import { readFileSync, writeFileSync } from "node:fs";
import { derivePostgresSchema, SCHEMAS } from "../prisma/schemas";

writeFileSync(SCHEMAS.postgresql.schema, derivePostgresSchema(readFileSync(SCHEMAS.sqlite.schema, "utf8")));
console.log(`Wrote ${SCHEMAS.postgresql.schema}.`);
