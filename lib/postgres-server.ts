import pg from "pg";
import { withDatabase } from "./database-url.js";

/**
 * Runs `work` on the maintenance database ("postgres") of the server that `url` names, as its user: for
 * what cannot run inside the database concerned, like making or dropping it. Tests and tooling only.
 */
export async function onPostgresServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
