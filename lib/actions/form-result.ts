import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import { fieldErrorsOf, isInvalidInput, NEEDS_ATTENTION, type FieldErrorMap } from "@/lib/submissions/input-errors";

/** Each field's messages, by field name. */
export type FieldErrors<T> = Partial<Record<keyof T & string, string[]>>;

// One module for what every form's server action answers. The submission forms name their fields by path
// ("rows.0.values.1"): ActionFailure, invalid and failure below.

/** What a form's server action answers: the form shows `message` and each field's errors next to it. */
export type FormResult<T = Record<string, unknown>> =
  { ok: true; message?: string; redirectTo?: string } | { ok: false; message?: string; fieldErrors?: FieldErrors<T> };

/** The server's own parse failed (a client without JavaScript, or a crafted request). */
export function invalidInput<T>(error: z.ZodError<T>): FormResult<T> {
  return {
    ok: false,
    message: "Some fields need attention.",
    fieldErrors: z.flattenError(error).fieldErrors as FieldErrors<T>,
  };
}

/** A domain refusal (AppError) becomes the form's message; anything else is a bug and is rethrown. */
export function refusal<T>(error: unknown): FormResult<T> {
  if (isAppError(error)) return { ok: false, message: error.message };
  throw error;
}

/** In the form: shows the server's field errors next to their fields (react-hook-form's setError). */
export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: FieldErrors<T> | undefined): void {
  for (const [name, messages] of Object.entries(fieldErrors ?? {}) as [Path<T>, string[] | undefined][]) {
    if (messages?.[0]) setError(name, { type: "server", message: messages[0] });
  }
}

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
