"use client";

import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { applyFieldErrors, type FieldErrors } from "@/lib/actions/form-result";
import type { ActionFailure } from "@/lib/actions/form-result";
import { NEEDS_ATTENTION } from "@/lib/submissions/input-errors";

type Answer = ActionFailure | { ok: true } | undefined | void;

/**
 * Runs a server action with the form's values once they pass the schema: a failure's field errors go
 * next to their fields and its message to the form; nothing typed is lost. A successful action that
 * redirects never returns.
 */
export function useFormAction<T extends FieldValues>(form: UseFormReturn<T>) {
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState<string | null>(null);

  function run<A extends Answer>(step: string, action: (values: T) => Promise<A>, onSuccess?: (answer: Exclude<A, ActionFailure>) => void) {
    return form.handleSubmit(
      async (values) => {
        setPending(step);
        setMessage(undefined);
        try {
          const answer = await action(values);
          if (answer && !answer.ok) {
            applyFieldErrors(form.setError, answer.fieldErrors as FieldErrors<T>);
            setMessage(answer.message);
          } else {
            onSuccess?.(answer as Exclude<A, ActionFailure>);
          }
        } finally {
          setPending(null);
        }
      },
      () => setMessage(NEEDS_ATTENTION),
    );
  }

  return { message, pending, run };
}
