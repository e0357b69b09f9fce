import { CORS_HEADERS, preflight } from "@/lib/api/cors";
import { ApiError } from "@/lib/api/errors";

// An address under /api/v1 that names no endpoint: a JSON 404 like every other refusal of the API.
export function GET(request: Request): Response {
  const { pathname } = new URL(request.url);
  const refusal = new ApiError("not_found", `No endpoint at ${pathname}. The endpoints are listed at /api/v1/openapi.json and /api.`);
  return Response.json(refusal.toBody(), { status: refusal.status, headers: request.method === "GET" ? CORS_HEADERS : {} });
}

export const POST = GET;
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
export const OPTIONS = preflight("GET");
