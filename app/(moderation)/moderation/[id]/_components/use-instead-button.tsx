"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { buttonClass } from "@/components/ui/button-link";
import { FormMessage } from "@/components/ui/field";
import { replaceWithExistingEntryAction } from "@/lib/actions/replace-with-existing-entry";
import { useAnnounceRewrite } from "./rewrite-notice";

/** One click: the submission names this existing entry instead of the new one it proposed; a refusal shows here, success above the card. */
export function UseInsteadButton({ submissionId, field, targetId, name }: { submissionId: string; field: "task" | "dataset"; targetId: string; name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const announce = useAnnounceRewrite();
  const [refusal, setRefusal] = useState<string>();
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
            setRefusal(outcome.ok ? undefined : outcome.message);
            if (outcome.ok) {
              announce(outcome.message ?? "");
              router.refresh();
            }
          })
        }
      >
        {pending ? "Rewriting…" : "Use this instead"}
      </button>
      <FormMessage>{refusal}</FormMessage>
    </div>
  );
}
