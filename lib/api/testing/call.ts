type Handler = (request: Request, context: { params: Promise<Partial<Record<string, string>>> }) => Promise<Response> | Response;

/** A route module of /api/v1: what the tests call. */
export type Route = Partial<Record<"GET" | "POST" | "PUT", Handler>>;

/**
 * Calls a route handler as Next.js would, at http://api.test/api/v1…, and reads its JSON answer. A `body`
 * is sent as JSON (a string as it is).
 */
export async function call(
  route: Route,
  {
    method = "GET",
    path = "/papers/",
    id = null,
    query = {},
    headers = {},
    body,
  }: {
    method?: "GET" | "POST" | "PUT";
    path?: string;
    id?: string | null;
    query?: Record<string, string>;
    headers?: Record<string, string>;
    body?: unknown;
  } = {},
) {
  const url = new URL(`http://api.test/api/v1${path}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const sent = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
  const request = new Request(url, { method, headers: { ...(sent !== undefined && { "content-type": "application/json" }), ...headers }, body: sent });
  const handler = route[method];
  if (!handler) throw new Error(`The route has no ${method} handler`);
  const response = await handler(request, { params: Promise.resolve(id === null ? {} : { id }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}
