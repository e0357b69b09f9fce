import { NextResponse } from "next/server";
import { z } from "zod";
import { isAppError, type AppErrorCode } from "@/lib/errors";

export const API_ERROR_CODES = [
  "invalid_parameter",
  "invalid_input",
  "unauthenticated",
  "forbidden",
  "own_submission",
  "not_found",
  "conflict",
  "already_decided",
  "rate_limited",
  "server_error",
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The body of every error answer: a code to branch on, a message for people, the parameter at fault. */
export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES).describe("Stable, for programs to branch on."),
      message: z.string().describe("For people: what went wrong and how to fix it."),
      parameter: z.string().optional().describe("The query parameter at fault (invalid_parameter, and not_found for a page past the last)."),
    }),
  })
  .describe("An error. The HTTP status says its class: 400, 401, 403, 404, 409, 429 or 500.");

export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;

const STATUS: Record<ApiErrorCode, number> = {
  invalid_parameter: 400,
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  own_submission: 403,
  not_found: 404,
  conflict: 409,
  already_decided: 409,
  rate_limited: 429,
  server_error: 500,
};

/** A refusal of the API, thrown by a read or the handler and answered as JSON with its status. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly parameter?: string,
    /** Extra headers of the answer: Retry-After with a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): number {
    return STATUS[this.code];
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.parameter ? { parameter: this.parameter } : {}) } };
  }
}

/** The API's code of a domain refusal: the AppError's own, in lower case. */
function codeOf(code: AppErrorCode): ApiErrorCode {
  return code.toLowerCase() as Lowercase<AppErrorCode>;
}

/** A domain refusal (AppError) as the API answers it; anything else is a bug, answered as a 500. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isAppError(error)) return new ApiError(codeOf(error.code), error.message);
  console.error("[api]", error);
  return new ApiError("server_error", "Something went wrong on our side. Please try again; if it keeps happening, tell us.");
}

/** The decision routes' error body: `{ error: { code, message, fields? } }` with the status of its code. */
export function apiError(code: AppErrorCode, message: string, fields?: Record<string, string[] | undefined>): NextResponse {
  return NextResponse.json({ error: { code, message, ...(fields && { fields }) } }, { status: STATUS[codeOf(code)] });
}

/** A domain refusal as an API answer; anything else is a bug and is rethrown (a 500). */
export function apiRefusal(error: unknown): NextResponse {
  if (isAppError(error)) return apiError(error.code, error.message);
  throw error;
}
