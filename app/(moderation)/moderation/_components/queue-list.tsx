"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { decideSubmissionsAction } from "@/lib/actions/decide-submissions";
import type { QueueItem } from "@/lib/submissions/read/moderation-queue";
import { formatTimeAgo, plural } from "@/lib/format";
import { KIND_SHORT_LABELS, KIND_TONES } from "@/lib/submissions/labels";
import type { BulkItemOutcome } from "@/lib/submissions/decisions/decide-submissions";
import { BulkDecisionSchema, type BulkDecision } from "@/lib/validations/moderation";
import { BulkBar } from "./bulk-bar";
import { BulkOutcomes } from "./bulk-outcomes";

/** What a row is about: its benchmark (or the names it proposes) and its models. */
export function queueItemLabel(item: Pick<QueueItem, "benchmark" | "names" | "models" | "target">): string {
  const models = item.target ? [item.target.modelName] : item.models;
  return `${models.join(", ") || "—"} on ${item.benchmark?.label ?? item.names}`;
}

/** The queue's rows, with checkboxes and the bulk approve / reject bar while they are pending. */
export function QueueList({ items, canDecide }: { items: QueueItem[]; canDecide: boolean }) {
  const form = useForm<BulkDecision>({ resolver: zodResolver(BulkDecisionSchema), defaultValues: { submissionIds: [], decision: "approve", reason: "" } });
  const [outcomes, setOutcomes] = useState<{ outcomes: BulkItemOutcome[]; labels: Record<string, string> }>();
  // Decided rows leave the queue on the refresh: their outcomes stay above it.
  const { submit: run, message } = useActionForm(form, { refresh: "answer" });

  const submit = (decision: BulkDecision["decision"]) => {
    form.setValue("decision", decision);
    const labels = Object.fromEntries(items.map((item) => [item.id, queueItemLabel(item)]));
    return run(decideSubmissionsAction, {
      then: (answer) => {
        if (!answer.outcomes) return;
        setOutcomes({ outcomes: answer.outcomes, labels });
        form.reset({ submissionIds: [], decision, reason: "" });
      },
    })();
  };

  return (
    <div className="space-y-3">
      {outcomes && <BulkOutcomes {...outcomes} />}
      {items.length === 0 ? (
        <EmptyState>Nothing here: the queue is clear.</EmptyState>
      ) : (
        <form onSubmit={(event) => event.preventDefault()} aria-label="Decide several submissions">
          {canDecide && <BulkBar form={form} onDecide={submit} message={message} />}
          <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="queue">
            {items.map((item) => (
              <li key={item.id} className="flex gap-3 px-4 py-3 hover:bg-slate-50/70" data-testid="queue-row">
                {canDecide && (
                  <input
                    type="checkbox"
                    value={item.id}
                    {...form.register("submissionIds")}
                    aria-label={`Select ${queueItemLabel(item)}`}
                    className="mt-1 h-4 w-4 shrink-0 rounded border-slate-300"
                  />
                )}
                <QueueRow item={item} />
              </li>
            ))}
          </ul>
        </form>
      )}
    </div>
  );
}

function QueueRow({ item }: { item: QueueItem }) {
  const models = item.target ? [item.target.modelName] : item.models;
  return (
    <div className="min-w-0 flex-1 sm:flex sm:items-start sm:justify-between sm:gap-4">
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={KIND_TONES[item.kind]}>{KIND_SHORT_LABELS[item.kind]}</Badge>
          <Link href={`/moderation/${item.id}`} className="font-medium [overflow-wrap:anywhere]">
            {item.benchmark?.label ?? item.names}
          </Link>
          {!item.benchmark && item.kind === "NEW_RESULTS" && <Badge tone="brand">new benchmark</Badge>}
        </div>
        <p className="mt-0.5 text-sm text-slate-600 [overflow-wrap:anywhere]">
          {models.length > 0 ? models.join(", ") : "—"}
          {item.models.length > 1 && <span className="text-slate-500"> · {plural(item.models.length, "row")}</span>}
        </p>
      </div>
      <div className="mt-1 flex shrink-0 flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500 sm:mt-0 sm:justify-end sm:text-right">
        <span>{item.submitter}</span>
        <time dateTime={item.createdAt.toISOString()} title={item.createdAt.toISOString()}>
          {formatTimeAgo(item.createdAt)}
        </time>
        {item.warningCount > 0 ? (
          <Badge tone="amber">{plural(item.warningCount, "warning")}</Badge>
        ) : (
          <span className="text-xs text-slate-500">no warnings</span>
        )}
        {item.decidedBy && <span className="text-xs">by {item.decidedBy}</span>}
      </div>
    </div>
  );
}
