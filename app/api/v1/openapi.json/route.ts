import { CORS_HEADERS, preflight } from "@/lib/api/cors";
import { openApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";

export function GET(): Response {
  return Response.json(openApiDocument(env.SITE_URL), { headers: CORS_HEADERS });
}

export const OPTIONS = preflight("GET");
