import { CORS_HEADERS, preflight } from "@/lib/api/cors";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { publicUrlOf } from "@/lib/api/handler";

// The API's root, as Django REST framework answered it: where each list is, and where its description is.
export function GET(request: Request): Response {
  const base = new URL("/api/v1/", publicUrlOf(request));
  const lists = ENDPOINTS.filter((endpoint) => !endpoint.path.includes("{")).map((endpoint) => [endpoint.path.replaceAll("/", ""), new URL(endpoint.path.slice(1), base).toString()]);
  return Response.json(
    { ...Object.fromEntries(lists), openapi: new URL("openapi.json", base).toString(), docs: new URL("/api", base).toString() },
    { headers: CORS_HEADERS },
  );
}

export const OPTIONS = preflight("GET");
