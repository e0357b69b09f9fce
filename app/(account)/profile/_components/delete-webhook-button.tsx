"use client";

import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button-link";
import { deleteOwnWebhook } from "@/lib/actions/manage-webhooks";

export function DeleteWebhookButton({ webhookId }: { webhookId: string }) {
  const [error, setError] = useState<string>();
  const [isPending, startTransition] = useTransition();
  const remove = () =>
    startTransition(async () => {
      const outcome = await deleteOwnWebhook({ webhookId });
      if (!outcome.ok) setError(outcome.message);
    });
  return (
    <span className="flex items-center gap-2">
      <button type="button" onClick={remove} disabled={isPending} className={buttonClass.secondary}>
        {isPending ? "Deleting…" : "Delete"}
      </button>
      {error && <span className="text-rose-700">{error}</span>}
    </span>
  );
}
