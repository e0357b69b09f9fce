// The API's calls made as a user: the personal reads (a user's submissions) and the writes. Each is
// described once (lib/api/submission-endpoints.ts); its route serves it through apiOperation and the
// OpenAPI description is generated from the same description.
import "server-only";
import type { z } from "zod";
import { currentApiUserId } from "./current-user";
import { ApiError, type ApiErrorCode } from "./errors";
import { Answer, respond, type RouteContext } from "./handler";
import type { Tag } from "./endpoints";

export type OperationCall = { userId: string; id: string | null; body: Record<string, unknown>; url: URL };

export type Operation = {
  operationId: string;
  method: "get" | "post" | "put";
  /** The OpenAPI path, under /api/v1. */
  path: string;
  tag: Tag;
  summary: string;
  description?: string;
  /** Who may call it: any signed-in user (on what is theirs), or moderators and admins. */
  access: "user" | "moderator";
  /** What `{id}` names, when the path has one. */
  resource?: "submission" | "result";
  params?: z.ZodObject;
  /** The JSON body, one of the schemas named in lib/api/schemas.ts. */
  body?: z.ZodType;
  status: 200 | 201;
  response: z.ZodType;
  /** The refusals it may answer besides 401 and 429, for the OpenAPI description. */
  refusals: ApiErrorCode[];
  /** The docs' example: its query string and its body. */
  exampleQuery?: string;
  exampleBody?: Record<string, unknown>;
  handle: (call: OperationCall) => Promise<unknown>;
};

export const NEEDS_TOKEN = "Send a personal API token as “Authorization: Token <token>”: create one on your profile page.";

/** Writes carry a few kilobytes; a body past this is refused before it is parsed. */
const MAX_BODY_CHARACTERS = 1_000_000;

/** The request's JSON object; no body at all is an empty one. */
async function readBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.length > MAX_BODY_CHARACTERS) throw new ApiError("invalid_input", "The body is too large: at most 1 MB.");
  if (!text.trim()) return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError("invalid_input", "The body is not valid JSON.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new ApiError("invalid_input", "The body must be a JSON object.");
  return body as Record<string, unknown>;
}

/**
 * The handler of a route serving `operation`: the caller (a token's user, else the session's), refused
 * with a 401 when anonymous; then its body and its work. GETs count as reads, the rest as writes.
 */
export function apiOperation(operation: Operation) {
  return async function handler(request: Request, context: RouteContext): Promise<Response> {
    const { id = null } = (await context?.params) ?? {};
    return respond(request, operation.method === "get" ? "read" : "write", async (url) => {
      const userId = await currentApiUserId(request);
      if (!userId) throw new ApiError("unauthenticated", NEEDS_TOKEN);
      const body = operation.method === "get" ? {} : await readBody(request);
      return new Answer(await operation.handle({ userId, id, body, url }), operation.status);
    });
  };
}
