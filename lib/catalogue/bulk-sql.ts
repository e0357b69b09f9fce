// The one statement of a bulk insert, which each database spells its own way: the rows travel as one
// JSON parameter and the database unpacks them, so that the statement's text stays short and the same
// (nothing to parse again per row) and the driver binds one value instead of thousands. All SQL of the
// catalogue that only one database understands lives here.
import { databaseProvider } from "@/lib/database-url";
import { Prisma } from "@/lib/generated/prisma/client";

export type JsonCell = string | number | boolean | Date | null;

const isPostgres = databaseProvider() === "postgresql";

const quote = (name: string) => `"${name}"`;

/** INSERT INTO table (columns) the rows, each a value per column in order. */
export function insertJsonRows(table: string, columns: readonly string[], rows: readonly JsonCell[][]): Prisma.Sql {
  const target = Prisma.raw(`INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")})`);
  if (isPostgres) {
    // The table's own row type converts each field: text to enums, ISO strings to timestamps.
    const json = JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i]]))));
    const fields = Prisma.raw(columns.map(quote).join(", "));
    return Prisma.sql`${target} SELECT ${fields} FROM json_populate_recordset(NULL::${Prisma.raw(quote(table))}, ${json}::json)`;
  }
  // Dates as Prisma stores them in SQLite; booleans arrive as 1 and 0.
  const json = JSON.stringify(rows.map((row) => row.map((cell) => (cell instanceof Date ? sqliteDate(cell) : cell))));
  const fields = Prisma.raw(columns.map((_, i) => `value->>${i}`).join(", "));
  return Prisma.sql`${target} SELECT ${fields} FROM json_each(${json})`;
}

// Most dates of a statement are the same (its rows' createdAt and updatedAt): written out once.
let lastTime = NaN;
let lastText = "";

function sqliteDate(date: Date): string {
  if (date.getTime() !== lastTime) {
    lastTime = date.getTime();
    lastText = date.toISOString().replace("Z", "+00:00");
  }
  return lastText;
}

/** `(SELECT …)` of the given values, for `column IN ${inList(values)}`: one parameter however many values. */
export function inList(values: readonly string[]): Prisma.Sql {
  const json = JSON.stringify(values);
  return isPostgres ? Prisma.sql`(SELECT json_array_elements_text(${json}::json))` : Prisma.sql`(SELECT value FROM json_each(${json}))`;
}

/**
 * A derived table of text columns from rows given as lists, to join on: `JOIN ${jsonTable(…)} AS w ON …`
 * finds many (taskId, datasetId) pairs through their index in one statement.
 */
export function jsonTable(columns: readonly string[], rows: readonly (string | null)[][]): Prisma.Sql {
  const json = JSON.stringify(rows);
  if (isPostgres) {
    const fields = Prisma.raw(columns.map((column, i) => `j->>${i} AS ${quote(column)}`).join(", "));
    return Prisma.sql`(SELECT ${fields} FROM json_array_elements(${json}::json) AS j)`;
  }
  const fields = Prisma.raw(columns.map((column, i) => `value->>${i} AS ${quote(column)}`).join(", "));
  return Prisma.sql`(SELECT ${fields} FROM json_each(${json}))`;
}
