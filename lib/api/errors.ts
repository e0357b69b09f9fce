import { NextResponse } from "next/server";
import { isAppError, type AppErrorCode } from "@/lib/errors";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  OWN_SUBMISSION: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  ALREADY_DECIDED: 409,
  RATE_LIMITED: 429,
};

/** The API's error body: `{ error: { code, message, fields? } }` with the status of its code. */
export function apiError(code: AppErrorCode, message: string, fields?: Record<string, string[] | undefined>): NextResponse {
  return NextResponse.json({ error: { code, message, ...(fields && { fields }) } }, { status: STATUS[code] });
}

/** A domain refusal as an API answer; anything else is a bug and is rethrown (a 500). */
export function apiRefusal(error: unknown): NextResponse {
  if (isAppError(error)) return apiError(error.code, error.message);
  throw error;
}
