import { z } from "zod";

// An empty value (AUTH_GITHUB_ID="") counts as unset.
const OptionalText = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined);

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().optional(),
    AUTH_SECRET: z.string().min(16, "AUTH_SECRET must be at least 16 characters").optional(),
    // Each OAuth sign-in is offered only when both its id and its secret are set.
    AUTH_GITHUB_ID: OptionalText,
    AUTH_GITHUB_SECRET: OptionalText,
    AUTH_ORCID_ID: OptionalText,
    AUTH_ORCID_SECRET: OptionalText,
    // The public address (https://example.org). Unset: each request's own (lib/site-url.ts).
    SITE_URL: OptionalText.pipe(z.url("SITE_URL must be an address such as https://example.org").optional()),
    // Writes one account may make a minute, on the site's forms and through the API together.
    PWC_WRITE_LIMIT: z.coerce.number().int().positive().default(60),
    // Mail (password reset): an SMTP server's URL, smtp://user:pass@host:587 or smtps://…; unset, mail
    // is printed to the server's console instead of sent.
    SMTP_URL: OptionalText,
    MAIL_FROM: z.string().default("Papers With Code 2 <no-reply@localhost>"),
    // "on": webhooks may go to loopback and private addresses (tests, a closed network); "off" refuses them.
    PWC_WEBHOOK_ALLOW_PRIVATE: z.enum(["on", "off"]).default("off"),
    // How often the outbox worker (npm run worker) looks for mail and webhooks to send, in milliseconds.
    PWC_WORKER_POLL_MS: z.coerce.number().int().positive().default(2000),
    // How long a worker's claim on an outbox message lasts before another may send it (a killed worker's).
    PWC_OUTBOX_LEASE_MS: z.coerce.number().int().positive().default(60_000),
    // arXiv's export API (http://export.arxiv.org/api/query), asked by the submission form's "Look up" for
    // a paper's title, authors, date and abstract; unset or empty: off (a deployment without network access).
    ARXIV_API_URL: OptionalText.pipe(z.url("ARXIV_API_URL must be an address such as http://export.arxiv.org/api/query").optional()),
    // How long a look-up waits for arXiv before the form goes on without it.
    ARXIV_API_TIMEOUT_MS: z.coerce.number().int().positive().default(4000),
    // Server processes server.js runs, sharing its port (lib/front/server-workers.js reads it; one per core, at most 4).
    PWC_SERVER_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
    // "on" (npm start): demo data and demo accounts, and a built-in secret. Never on in a deployment.
    PWC_DEMO: z.enum(["on", "off"]).default("off"),
  })
  .superRefine((env, ctx) => {
    if (isDeployment(env) && !env.AUTH_SECRET && process.env.NEXT_PHASE !== "phase-production-build") {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET is required in production" });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

/** A real site (not `npm run dev`, not the demo): secrets are required and demo accounts never exist. */
export function isDeployment(env: Pick<Env, "NODE_ENV" | "PWC_DEMO">): boolean {
  return env.NODE_ENV === "production" && env.PWC_DEMO !== "on";
}

function parseEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}. See .env.example.`);
  }
  return parsed.data;
}

/** The environment, parsed once at start-up. */
export const env = parseEnv();
