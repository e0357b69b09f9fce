import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { TEMPLATE_DB, TEST_DB_DIR } from "./global-setup";

// Runs before each test file is imported: lib/db then opens this file's own fresh database.
const file = path.join(TEST_DB_DIR, `${randomUUID()}.db`);
copyFileSync(TEMPLATE_DB, file);
process.env.DATABASE_URL = `file:${file}`;
