"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { buttonClass } from "@/components/ui/button-link";
import { FormMessage } from "@/components/ui/field";
import { replaceWithExistingEntryAction } from "@/lib/actions/replace-with-existing-entry";

/** One click: the submission names this existing entry instead of the new one it proposed. */
export function UseInsteadButton({ submissionId, field, targetId, name }: { submissionId: string; field: "task" | "dataset"; targetId: string; name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        aria-label={`Use this instead: ${name}`}
        className={buttonClass.secondary}
        onClick={() =>
          startTransition(async () => {
            const outcome = await replaceWithExistingEntryAction({ submissionId, field, targetId });
            setResult(outcome);
            if (outcome.ok) router.refresh();
          })
        }
      >
        {pending ? "Rewriting…" : "Use this instead"}
      </button>
      <FormMessage tone={result?.ok ? "success" : "error"}>{result?.message}</FormMessage>
    </div>
  );
}
