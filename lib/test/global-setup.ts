import type { TestProject } from "vitest/node";
import { databaseUrl } from "@/lib/database-url";
import { createTemplate } from "./test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    /** DATABASE_URL as the run began: the server (or SQLite) that every test file's database is copied on. */
    testDatabaseUrl: string;
  }
}

/** Migrates one template database; each test file then works on its own copy of it (setup-database.ts). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide("testDatabaseUrl", databaseUrl());
  return createTemplate(databaseUrl());
}
