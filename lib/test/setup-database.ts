import { inject } from "vitest";
import { copyTemplate } from "./test-databases";

// Runs before each test file is imported: lib/db then opens this file's own fresh database.
process.env.DATABASE_URL = await copyTemplate(inject("testDatabaseUrl"));
