import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserOrSignIn } from "@/lib/auth";
import { getDigestFrequency, listInbox, markInboxRead } from "@/lib/data/inbox";
import { formatTimeAgo } from "@/lib/format";
import { DigestForm } from "./_components/digest-form";

export const metadata: Metadata = { title: "Inbox", robots: { index: false } };

const KIND_LABELS = {
  NEW_RESULT: "New result",
  NEW_BEST: "New best",
  RESULT_RETRACTED: "Retracted",
  RESULT_CONTESTED: "Contested",
  SUBMISSION_REVIEWED: "Your submission",
} as const;

/** What changed on what the user watches, newest first; opening it reads it. */
export default async function InboxPage() {
  const user = await requireUserOrSignIn("/inbox");
  const [items, frequency] = await Promise.all([listInbox(user.id), getDigestFrequency(user.id)]);
  await markInboxRead(user.id);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title="Inbox" subtitle="What changed on the tasks, benchmarks, papers, datasets and authors you watch, and reviews of your submissions." />
      <Card>
        <DigestForm frequency={frequency} />
      </Card>
      {items.length === 0 ? (
        <EmptyState>Nothing yet. Watch a leaderboard, task, paper or dataset with its Watch button.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Inbox">
          {items.map((item) => (
            <li key={item.id} data-testid="inbox-item" className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3 text-sm">
              <span className={`text-xs font-semibold uppercase ${item.readAt ? "text-slate-500" : "text-brand-700"}`}>
                {item.readAt ? "" : "● "}
                {KIND_LABELS[item.event.kind]}
              </span>
              <Link href={item.event.path} className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                {item.event.title}
              </Link>
              <span className="text-slate-500">{formatTimeAgo(item.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
