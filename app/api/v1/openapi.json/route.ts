import { CORS_HEADERS, preflight } from "@/lib/api/cors";
import { openApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";

// Generated from the endpoints' schemas at build time: the same for every caller until the next deployment.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(openApiDocument(env.SITE_URL), { headers: CORS_HEADERS });
}

export const OPTIONS = preflight("GET");
