import { CORS_HEADERS, preflight } from "@/lib/api/cors";
import { openApiDocument } from "@/lib/api/openapi";
import { siteUrlOf } from "@/lib/site-url";

export function GET(request: Request): Response {
  return Response.json(openApiDocument(siteUrlOf(request.headers)), { headers: CORS_HEADERS });
}

export const OPTIONS = preflight("GET");
