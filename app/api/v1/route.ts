import { CORS_HEADERS, preflight } from "@/lib/api/cors";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { publicUrlOf } from "@/lib/api/public-url";
import { SUBMISSION_OPERATIONS } from "@/lib/api/submission-endpoints";

// The API's root, as Django REST framework answered it: where each list is, and where its description is.
export function GET(request: Request): Response {
  const base = new URL("/api/v1/", publicUrlOf(request));
  const listPaths = [
    ...ENDPOINTS.map((endpoint) => endpoint.path),
    ...SUBMISSION_OPERATIONS.filter((operation) => operation.method === "get").map((operation) => operation.path),
  ];
  const lists = listPaths.filter((path) => !path.includes("{")).map((path) => [path.replaceAll("/", ""), new URL(path.slice(1), base).toString()]);
  return Response.json(
    { ...Object.fromEntries(lists), openapi: new URL("openapi.json", base).toString(), docs: new URL("/api", base).toString() },
    { headers: CORS_HEADERS },
  );
}

export const OPTIONS = preflight("GET");
