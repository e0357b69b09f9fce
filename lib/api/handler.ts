import "server-only";
import { tags } from "@/lib/cache/tags";
import { cached } from "@/lib/data/cache";
import { CORS_HEADERS } from "./cors";
import { pathParameters, type Endpoint } from "./endpoints";
import { ApiError, toApiError } from "./errors";
import { API_LIMITS, limitApiCall, type CallKind } from "./limits";
import { pageWindow, toApiPage } from "./pagination";
import { parseParams } from "./params";
import { publicUrlOf } from "./public-url";
import { withRateLimitHeaders } from "./rate-limit-headers";
import { authenticateToken } from "./tokens";

// Next.js gives no params to a route without dynamic segments.
export type RouteContext = { params?: Promise<Partial<Record<string, string>>> };

/** An answer whose status is not 200: a write's 201 Created. */
export class Answer {
  constructor(
    readonly body: unknown,
    readonly status: number,
  ) {}
}

/**
 * One API call: the caller's token (if any), its rate limit, then `work`, whose value is the JSON body
 * (or an Answer with its status). Every refusal is answered as JSON with its status; an invalid token
 * still counts against its address's limit. Reads may be read from any site (CORS); writes may not.
 */
export async function respond(request: Request, kind: CallKind, work: (url: URL) => Promise<unknown>): Promise<Response> {
  const cors = kind === "read" ? CORS_HEADERS : {};
  const json = (body: unknown, status: number, headers: Record<string, string>) =>
    Response.json(body, { status, headers: { ...cors, ...withRateLimitHeaders(headers, API_LIMITS[kind].windowMs) } });
  let limitHeaders: Record<string, string> = {};
  try {
    const caller = await authenticateToken(request).catch(async (error: unknown) => {
      limitHeaders = await limitApiCall(kind, null, request);
      throw error;
    });
    limitHeaders = await limitApiCall(kind, caller, request);
    const answer = await work(publicUrlOf(request));
    return answer instanceof Answer ? json(answer.body, answer.status, limitHeaders) : json(answer, 200, limitHeaders);
  } catch (error) {
    const refusal = toApiError(error);
    return json(refusal.toBody(), refusal.status, { ...limitHeaders, ...refusal.headers });
  }
}

/** The body of a GET of `endpoint` for the ids in its path: read through the catalogue's cache, a list paginated around it. */
export async function answer(endpoint: Endpoint, url: URL, ids: string[]): Promise<unknown> {
  const params = parseParams(endpoint.params, url.searchParams);
  const key = ["api", endpoint.operationId, ...ids, JSON.stringify(params)];
  const searched = endpoint.paginated && endpoint.searchTags ? await endpoint.searchTags(params as never) : null;
  const tagList = searched ?? (await answerTags(endpoint, ids));
  if (!endpoint.paginated) {
    const found = await cached(key, tagList, () => endpoint.read(...ids));
    if (found === null) throw notFound(endpoint, ids);
    return found;
  }
  const { page, items_per_page } = params as { page: number; items_per_page: number };
  const window = pageWindow(page, items_per_page);
  const slice = await cached(key, tagList, () => endpoint.read(ids, params as never, window));
  if (slice === null) throw notFound(endpoint, ids);
  return toApiPage(slice, window, url);
}

/**
 * The tags an answer is cached under: its entry's when the endpoint names them (looked up once per change to
 * the catalogue), else the catalogue's. An entry not found is the catalogue's too: creating it expires that.
 */
async function answerTags(endpoint: Endpoint, ids: string[]): Promise<string[]> {
  const own = endpoint.cacheTags;
  const found = own && (await cached(["api-tags", endpoint.operationId, ...ids], [tags.catalogue], () => own(ids)));
  return found ?? [tags.catalogue];
}

function notFound(endpoint: Endpoint, ids: string[]): ApiError {
  const [first, second] = ids.map((id) => JSON.stringify(id));
  const resource = endpoint.resource ?? "item";
  if (second === undefined) return new ApiError("not_found", `No ${resource} with id ${first}.`);
  if (endpoint.parent === undefined) return new ApiError("not_found", `No ${resource} ${JSON.stringify(ids.join("/"))}.`);
  return new ApiError("not_found", `No ${resource} with id ${second} in the ${endpoint.parent} ${first}.`);
}

/** A segment outside ASCII may arrive percent-encoded (an author's "jos%C3%A9-garc%C3%ADa"): it is read decoded. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The GET handler of a route serving `endpoint`: its route folders are named as the path's parameters. */
export function apiGet(endpoint: Endpoint) {
  return async function GET(request: Request, context: RouteContext): Promise<Response> {
    const given = (await context?.params) ?? {};
    const ids = pathParameters(endpoint.path).map((name) => decodeSegment(given[name] ?? ""));
    return respond(request, "read", (url) => answer(endpoint, url, ids));
  };
}
