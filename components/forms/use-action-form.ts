"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { applyFieldErrors, type FieldErrors } from "@/lib/actions/form-result";

/** What a form's server action answers (FormResult or ActionFailure, plus whatever else it carries). */
type Answer = { ok: boolean; message?: string; redirectTo?: string; fieldErrors?: Record<string, string[] | undefined> };

type Options = {
  /** Shown before the first submit (e.g. "Your account is created: sign in"). */
  initialMessage?: string;
  /** Shown when the browser's own check of the schema fails (long forms, where the first error may be out of view). */
  invalidMessage?: string;
  /** Reload the page's server data after a success, or after any answer but field errors (a refusal means the page is stale). */
  refresh?: "success" | "answer";
};

type Then<T, A> = {
  /** Which of several submit buttons is running (`pending` names it). */
  step?: string;
  /** Called with every answer that does not leave the page, after its errors are shown. */
  then?: (answer: A, values: T) => void;
};

/**
 * The one way a form runs its server action: react-hook-form's values once they pass the schema go to
 * the action; its field errors go next to their fields and its message to the form, with nothing typed
 * lost; an answer with `redirectTo` loads that page afresh (the header sees a new session). An action
 * that calls redirect() never answers.
 */
export function useActionForm<T extends FieldValues>(form: UseFormReturn<T>, { initialMessage, invalidMessage, refresh }: Options = {}) {
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; message?: string } | undefined>(initialMessage ? { ok: false, message: initialMessage } : undefined);
  const [pending, setPending] = useState<string | null>(null);
  const [isLeaving, setIsLeaving] = useState(false);

  function submit<A extends Answer | void>(action: (values: T) => Promise<A>, { step = "submit", then }: Then<T, Exclude<A, void>> = {}) {
    return form.handleSubmit(
      async (values) => {
        setPending(step);
        setResult(undefined);
        try {
          const answer = await action(values);
          if (!answer) return;
          if (answer.ok && answer.redirectTo) {
            setIsLeaving(true);
            window.location.assign(answer.redirectTo);
            return;
          }
          if (!answer.ok) applyFieldErrors(form.setError, answer.fieldErrors as FieldErrors<T>);
          setResult({ ok: answer.ok, message: answer.message });
          then?.(answer as Exclude<A, void>, values);
          if (refresh === "answer" ? answer.ok || !answer.fieldErrors : refresh === "success" && answer.ok) router.refresh();
        } finally {
          setPending(null);
        }
      },
      invalidMessage ? () => setResult({ ok: false, message: invalidMessage }) : undefined,
    );
  }

  return {
    submit,
    /** The form's own message: the action's answer (or the initial one), toned by whether it succeeded. */
    message: result?.message,
    tone: result?.ok ? ("success" as const) : ("error" as const),
    isOk: result?.ok === true,
    /** The step running, or null. */
    pending,
    /** While the action runs, and once the form leaves the page. */
    isBusy: pending !== null || form.formState.isSubmitting || isLeaving,
  };
}
