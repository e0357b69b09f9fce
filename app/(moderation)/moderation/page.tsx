import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { countByState, listQueue, queueFilterOptions } from "@/lib/submissions/read/moderation-queue";
import { plural } from "@/lib/format";
import { QueueQuerySchema, type QueueQuery } from "@/lib/validations/moderation";
import { ModerationNav } from "../_components/moderation-nav";
import { requireModerator } from "../_components/moderators-only";
import { QueueFilters } from "./_components/queue-filters";
import { QueueList } from "./_components/queue-list";
import { StateTabs } from "./_components/state-tabs";
import { TrustQueue } from "./_components/trust-queue";

export const metadata: Metadata = { title: "Moderation queue", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function queueHref(query: Partial<QueueQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value && !(key === "state" && value === "PENDING") && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  return params.size > 0 ? `/moderation?${params}` : "/moderation";
}

export default async function ModerationQueuePage({ searchParams }: { searchParams: SearchParams }) {
  await requireModerator("/moderation");
  const query = QueueQuerySchema.parse(await searchParams);
  const [counts, options, queue] = await Promise.all([countByState(), queueFilterOptions(query.state), listQueue(query)]);

  return (
    <>
      <PageHeader title="Moderation" subtitle="Review what the community submits: oldest first. Nobody reviews their own submission." />
      <ModerationNav current="queue" />
      <TrustQueue />
      <StateTabs counts={counts} current={query.state} />
      <QueueFilters query={query} options={options} />
      <p className="mb-3 text-sm text-slate-600" data-testid="queue-total">
        {plural(queue.total, "submission")}
      </p>
      <QueueList items={queue.items} canDecide={query.state === "PENDING"} />
      <Pagination page={query.page} pageCount={queue.pageCount} hrefFor={(page) => queueHref({ ...query, page })} />
    </>
  );
}
