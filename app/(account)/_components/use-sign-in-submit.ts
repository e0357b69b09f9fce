"use client";

import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { applyFieldErrors, type FormResult } from "@/lib/actions/form-result";

/**
 * Submits a form whose action signs someone in: on success a full page load of `redirectTo`, so
 * that the header and every page see the new session; on failure the errors, with the input kept.
 */
export function useSignInSubmit<T extends FieldValues>(form: UseFormReturn<T>, action: (values: T) => Promise<FormResult<T>>, initialMessage?: string) {
  const [message, setMessage] = useState(initialMessage);
  const [isLeaving, setIsLeaving] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(undefined);
    const result = await action(values);
    if (result.ok) {
      setIsLeaving(true);
      window.location.assign(result.redirectTo ?? "/");
      return;
    }
    applyFieldErrors(form.setError, result.fieldErrors);
    setMessage(result.message);
  });

  return { onSubmit, message, isBusy: form.formState.isSubmitting || isLeaving };
}
