import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { databaseName, databaseProvider, withDatabase } from "./lib/database-url.js";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? PORT + 1);
const FIRST_URL = `http://localhost:${PORT}`;
// The SMTP server the site mails through (scripts/e2e-smtp.ts); e2e/fixtures/mail.ts reads what it got.
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? PORT + 25);
// The stand-in for arXiv's export API (scripts/e2e-arxiv.ts) serving e2e/fixtures/arxiv/.
const ARXIV_PORT = Number(process.env.E2E_ARXIV_PORT ?? PORT + 26);
const SECOND_URL = `http://localhost:${SECOND_PORT}`;
process.env.E2E_SECOND_URL = SECOND_URL;

// A database of the tests' own, made afresh by the server's start: data/e2e.db, or `<name>_e2e` on the
// PostgreSQL server that DATABASE_URL names. Workers load this file again: the first choice is kept.
function e2eDatabaseUrl(url = process.env.DATABASE_URL ?? ""): string {
  return databaseProvider(url) === "postgresql" ? withDatabase(url, `${databaseName(url)}_e2e`) : `file:${path.resolve("data/e2e.db")}`;
}
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? e2eDatabaseUrl();
process.env.E2E_DATABASE_URL = E2E_DATABASE_URL;

// The test process writes its own data through lib/db into the server's database.
process.env.DATABASE_URL = E2E_DATABASE_URL;

const SERVER_ENV = {
  DATABASE_URL: E2E_DATABASE_URL,
  PWC_DEMO: "on",
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
  AUTH_TRUST_HOST: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  SITE_URL: FIRST_URL,
  SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
  ARXIV_API_URL: `http://127.0.0.1:${ARXIV_PORT}/api/query`,
  ARXIV_API_TIMEOUT_MS: "2000",
  // The shared per-role users write from many tests at once; e2e/write-limit.spec.ts reads the same value.
  PWC_WRITE_LIMIT: process.env.PWC_WRITE_LIMIT ?? "600",
  // What several instances of a deployment share (docs/architecture.md, "Several instances").
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "ZTJlLWtleS1lMmUta2V5LWUyZS1rZXktZTJlLWtleSE=",
  NEXT_DEPLOYMENT_ID: "e2e",
  // The tests stand in for one proxy: X-Forwarded-For gives each test an address of its own
  // (e2e/client-address.spec.ts starts a server without it, as a deployment has by default).
  PWC_PROXY_HOPS: "1",
  // e2e/follow.spec.ts's webhook receiver listens on loopback; the worker looks for work twice a second.
  PWC_WEBHOOK_ALLOW_PRIVATE: "on",
  // One process a server: the stories that read a cache HIT ask one process twice, and with two workers the
  // second request may land on the one that has not rendered it yet. The workers are tested by
  // lib/front/server-workers.test.ts, and two processes sharing expiry by e2e/instances.spec.ts.
  PWC_SERVER_WORKERS: "1",
  PWC_WORKER_POLL_MS: "500",
};

process.env.PWC_WRITE_LIMIT = SERVER_ENV.PWC_WRITE_LIMIT;
// e2e/follow.spec.ts makes a digest in the test process, as the server's worker would: same links, same signatures.
process.env.SITE_URL = SERVER_ENV.SITE_URL;
process.env.AUTH_SECRET = SERVER_ENV.AUTH_SECRET;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Budgets for a 2-core machine under load: a story signs in through the UI, opens a second browser
  // and renders cold pages; on a busy CI machine one took 30 s. No retries: a failure stays a failure.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: FIRST_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1", "--disable-background-networking"],
    },
  },
  projects: [
    // Signs in once per role and saves the browser state to e2e/.auth/ (e2e/fixtures/accounts.ts).
    { name: "setup", testMatch: /.*\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: [
    { command: "npx tsx scripts/e2e-smtp.ts", port: SMTP_PORT, timeout: 60_000, reuseExistingServer: false, env: { SMTP_PORT: String(SMTP_PORT) } },
    { command: "npx tsx scripts/e2e-arxiv.ts", port: ARXIV_PORT, timeout: 60_000, reuseExistingServer: false, env: { ARXIV_PORT: String(ARXIV_PORT) } },
    // Seeds and builds before it listens: under a load average of 27 on 2 cores the build took over 5 minutes.
    { command: "sh scripts/e2e-server.sh", url: `${FIRST_URL}/`, timeout: 900_000, reuseExistingServer: false, env: { ...SERVER_ENV, PORT: String(PORT) } },
    // Started once the first is up, on its build and database: e2e/instances.spec.ts uses both.
    { command: `node server.js --port ${SECOND_PORT}`, url: `${SECOND_URL}/`, timeout: 60_000, reuseExistingServer: false, env: SERVER_ENV },
  ],
});
