import { z } from "zod";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { isInvalidInput, NEEDS_ATTENTION, type FieldErrorMap } from "@/lib/submissions/input-errors";

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

/** What each code means, for the docs page and the OpenAPI description. */
export const API_ERROR_MEANINGS: Record<ApiErrorCode, string> = {
  invalid_parameter: "A query parameter is not valid: `parameter` names it.",
  invalid_input: "The body of a write is not valid: `fields` names each field at fault by its path in the body.",
  unauthenticated: "No token (or session) for a call that needs one, or an unknown or revoked token.",
  forbidden: "The caller may not do this: not their submission, or not a moderator.",
  own_submission: "Nobody reviews their own submission.",
  not_found: "No such id, no such endpoint, or a page past the last.",
  conflict: "The write clashes with the current state: a retracted result cannot be corrected.",
  already_decided: "The submission is no longer in a state that allows this: another moderator decided first, or it was withdrawn.",
  rate_limited: "Too many calls: wait Retry-After seconds.",
  server_error: "Our fault; try again.",
};

/** The body of every error answer, reads and writes alike: a code to branch on, a message for people, what is at fault. */
export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES).describe("Stable, for programs to branch on."),
      message: z.string().describe("For people: what went wrong and how to fix it."),
      parameter: z.string().optional().describe("The query parameter at fault (invalid_parameter, and not_found for a page past the last)."),
      fields: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .describe(
          "invalid_input: the messages of each field at fault, by its path in the body, as the site's form names it " +
            "(`paper.title`, `rows.0.values.1`, `reason`).",
        ),
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

export function statusOf(code: ApiErrorCode): number {
  return STATUS[code];
}

type Details = {
  /** The query parameter at fault. */
  parameter?: string;
  /** Messages by field path of the body. */
  fields?: FieldErrorMap;
  /** Extra headers of the answer: Retry-After with a 429. */
  headers?: Record<string, string>;
};

/** A refusal of the API, thrown by a read, a write or the handler and answered as JSON with its status. */
export class ApiError extends Error {
  readonly parameter?: string;
  readonly fields?: FieldErrorMap;
  readonly headers: Record<string, string>;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    { parameter, fields, headers = {} }: Details = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.parameter = parameter;
    this.fields = fields;
    this.headers = headers;
  }

  get status(): number {
    return STATUS[this.code];
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.parameter ? { parameter: this.parameter } : {}),
        ...(this.fields && Object.keys(this.fields).length > 0 ? { fields: this.fields } : {}),
      },
    };
  }
}

/** The form's "see the messages next to them" as a program reads it: the first field's message, and how many more. */
function inputMessage(message: string, fields: FieldErrorMap): string {
  const [first, ...others] = Object.entries(fields);
  if (message !== NEEDS_ATTENTION || !first) return message;
  const more = others.length > 0 ? ` (and ${others.length} more field${others.length === 1 ? "" : "s"}: see fields)` : "";
  return `${first[0]}: ${first[1][0]}${more}`;
}

/** The API's code of a domain refusal: the AppError's own, in lower case. */
function codeOf(code: AppErrorCode): ApiErrorCode {
  return code.toLowerCase() as Lowercase<AppErrorCode>;
}

/**
 * A refusal as the API answers it: an ApiError as it is, a domain refusal (AppError) under its own code,
 * an invalid input with its fields (a message about the whole input becomes the message). Anything else
 * is a bug, answered as a 500.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isInvalidInput(error)) {
    const { "": whole, ...fields } = error.fieldErrors;
    return new ApiError("invalid_input", whole?.[0] ?? inputMessage(error.message, fields), { fields });
  }
  if (isAppError(error)) return new ApiError(codeOf(error.code), error.message);
  console.error("[api]", error);
  return new ApiError("server_error", "Something went wrong on our side. Please try again; if it keeps happening, tell us.");
}
