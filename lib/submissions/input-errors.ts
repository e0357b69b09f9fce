import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** Messages by field path, the form's own names: "paper.title", "rows.0.values.1". */
export type FieldErrorMap = Record<string, string[]>;

export const NEEDS_ATTENTION = "Some fields need attention: see the messages next to them.";

/** A refusal of the input itself, field by field: the form shows each message next to its field. */
export class InvalidInput extends AppError {
  constructor(
    readonly fieldErrors: FieldErrorMap,
    message = NEEDS_ATTENTION,
  ) {
    super("INVALID_INPUT", message);
  }
}

export function isInvalidInput(error: unknown): error is InvalidInput {
  return error instanceof InvalidInput;
}

/** Zod's issues by dotted path; an issue about the whole input goes under "". */
export function fieldErrorsOf(error: z.ZodError): FieldErrorMap {
  const errors: FieldErrorMap = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    (errors[path] ??= []).push(issue.message);
  }
  return errors;
}

/** The parsed input, or InvalidInput naming every wrong field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InvalidInput(fieldErrorsOf(parsed.error));
  return parsed.data;
}
