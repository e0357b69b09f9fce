import { isDeployment, type Env } from "@/lib/env";

// Signs session cookies when AUTH_SECRET is unset in development or the demo; a deployment refuses
// to start without AUTH_SECRET (lib/env.ts), so this value never signs a real site's sessions.
const BUILT_IN_SECRET = "pwc2-built-in-secret-for-development-and-the-demo-only";

/** AUTH_SECRET when set; else the built-in one, except in a deployment. */
export function authSecret(env: Pick<Env, "AUTH_SECRET" | "NODE_ENV" | "PWC_DEMO">): string | undefined {
  return env.AUTH_SECRET ?? (isDeployment(env) ? undefined : BUILT_IN_SECRET);
}
