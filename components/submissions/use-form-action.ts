"use client";

import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionFailure } from "@/lib/actions/form-result";
import { NEEDS_ATTENTION } from "@/lib/submissions/input-errors";

type Answer = ActionFailure | { ok: true } | undefined | void;

// The submit form's name for useActionForm (the submit form is being changed in another branch): to fold into it after the merge.
export function useFormAction<T extends FieldValues>(form: UseFormReturn<T>) {
  const { submit, message, isOk, pending } = useActionForm(form, { invalidMessage: NEEDS_ATTENTION });

  function run<A extends Answer>(step: string, action: (values: T) => Promise<A>, onSuccess?: (answer: Exclude<A, ActionFailure | undefined | void>) => void) {
    return submit(action, { step, then: (answer) => answer.ok && onSuccess?.(answer as Exclude<A, ActionFailure | undefined | void>) });
  }

  return { message: isOk ? undefined : message, pending, run };
}
