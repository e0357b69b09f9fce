"use client";

import { get, useFormContext, useFormState, type FieldValues, type Path } from "react-hook-form";

/** An element id from a field path: "rows.0.values.1" → "field-rows-0-values-1". */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, "-")}`;
}

function messageAt(errors: object, path: string): string | undefined {
  return (get(errors, path) as { message?: string } | undefined)?.message;
}

/**
 * The shared row and metric fields live at different paths in different forms ("rows.2" in a
 * submission, "row" in an edit): they register by path string, which the form's own type cannot follow.
 */
export function useFieldAt() {
  const form = useFormContext<FieldValues>();
  const { errors } = useFormState({ control: form.control });
  return {
    form,
    register: (path: string, options?: Parameters<typeof form.register>[1]) => form.register(path as Path<FieldValues>, options),
    /** The message of a field, or of the list it is (a list's own message, e.g. "One value per metric"). */
    errorAt: (path: string): string | undefined => messageAt(errors, path) ?? messageAt(errors, `${path}.root`),
  };
}
