/** A route module of /api/v1: what the tests call. */
export type Route = { GET: (request: Request, context: { params: Promise<Partial<Record<string, string>>> }) => Promise<Response> | Response };

/** Calls a route handler as Next.js would, at http://api.test/api/v1/…, and reads its JSON answer. */
export async function call(
  route: Route,
  {
    path = "/papers/",
    id = null,
    query = {},
    headers = {},
  }: { path?: string; id?: string | null; query?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  const url = new URL(`http://api.test/api/v1${path}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const request = new Request(url, { headers });
  const response = await route.GET(request, { params: Promise.resolve(id === null ? {} : { id }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}
