import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { listWatchesWithWebhooks, type WatchWithWebhooks } from "@/lib/data/inbox";
import { formatTimeAgo } from "@/lib/format";
import { CreateWebhookForm } from "./create-webhook-form";
import { DeleteWebhookButton } from "./delete-webhook-button";

const KIND_LABELS = { TASK: "Task", BENCHMARK: "Leaderboard", PAPER: "Paper", DATASET: "Dataset", AUTHOR: "Author" } as const;
const STATUS_TONES = { PENDING: "amber", SENT: "green", DEAD: "red" } as const;

/** What the user watches, each watch's webhooks with their latest deliveries, and a form to add one. */
export async function WatchesSection({ userId }: { userId: string }) {
  const watches = await listWatchesWithWebhooks(userId);
  return (
    <Card title="Watching and webhooks">
      <p className="mb-4 text-sm text-slate-600">
        Changes to what you watch go to your <Link href="/inbox">inbox</Link>. A webhook also POSTs each change, signed, to a URL of yours (
        <Link href="/api#webhooks">how to verify it</Link>).
      </p>
      {watches.length === 0 ? (
        <p className="text-sm text-slate-500">You watch nothing yet: use the Watch button on a leaderboard, task, paper or dataset.</p>
      ) : (
        <ul className="mb-4 divide-y divide-slate-200 rounded-md border border-slate-200" aria-label="Your watches">
          {watches.map((watch) => (
            <WatchRow key={watch.id} watch={watch} />
          ))}
        </ul>
      )}
      {watches.length > 0 && (
        <CreateWebhookForm watches={watches.map((watch) => ({ id: watch.id, label: `${KIND_LABELS[watch.targetKind]}: ${watch.label}` }))} />
      )}
    </Card>
  );
}

function WatchRow({ watch }: { watch: WatchWithWebhooks }) {
  return (
    <li data-testid="watch" className="space-y-2 px-3 py-2.5 text-sm">
      <p className="font-medium text-slate-900">
        <span className="text-slate-500">{KIND_LABELS[watch.targetKind]}:</span> {watch.label}
      </p>
      {watch.webhooks.map((hook) => (
        <div key={hook.id} data-testid="webhook" className="rounded-md bg-slate-50 p-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <code className="min-w-0 text-xs [overflow-wrap:anywhere]">{hook.url}</code>
            <DeleteWebhookButton webhookId={hook.id} />
          </div>
          {hook.deliveries.length === 0 ? (
            <p className="mt-1 text-xs text-slate-500">No deliveries yet.</p>
          ) : (
            <table className="mt-1 w-full text-xs" aria-label="Deliveries">
              <thead className="text-left text-slate-500">
                <tr>
                  <th className="font-medium">Event</th>
                  <th className="font-medium">Status</th>
                  <th className="font-medium">Attempts</th>
                  <th className="font-medium">Last error</th>
                  <th className="font-medium">When</th>
                </tr>
              </thead>
              <tbody>
                {hook.deliveries.map((delivery) => (
                  <tr key={delivery.id} data-testid="delivery">
                    <td>{(delivery.payload as { kind?: string }).kind}</td>
                    <td>
                      <Badge tone={STATUS_TONES[delivery.status]}>{delivery.status.toLowerCase()}</Badge>
                    </td>
                    <td>{delivery.attempts}</td>
                    <td className="[overflow-wrap:anywhere]">{delivery.lastError ?? "—"}</td>
                    <td>{formatTimeAgo(delivery.sentAt ?? delivery.lastAttemptAt ?? delivery.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </li>
  );
}
