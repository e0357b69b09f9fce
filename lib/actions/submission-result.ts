import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { fieldErrorsOf, isInvalidInput, NEEDS_ATTENTION, type FieldErrorMap } from "@/lib/submissions/input-errors";

/**
 * What the submission forms' actions answer on failure: messages by field path ("rows.0.values.1"),
 * which react-hook-form's setError takes as they are, and a message for the whole form.
 */
export type ActionFailure = { ok: false; message: string; fieldErrors?: FieldErrorMap };

/** The server's own parse failed: a client without the form's checks, or a crafted request. */
export function invalid(error: z.ZodError): ActionFailure {
  return { ok: false, message: NEEDS_ATTENTION, fieldErrors: fieldErrorsOf(error) };
}

/** A domain refusal becomes the form's answer; anything else is a bug and is rethrown. */
export function failure(error: unknown): ActionFailure {
  if (isInvalidInput(error)) {
    const { "": whole, ...fieldErrors } = error.fieldErrors;
    return { ok: false, message: whole?.[0] ?? error.message, fieldErrors };
  }
  if (isAppError(error)) return { ok: false, message: error.message };
  throw error;
}
