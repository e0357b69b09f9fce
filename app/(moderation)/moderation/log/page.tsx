import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listActors, listAuditLog } from "@/lib/data/audit-log";
import { plural } from "@/lib/format";
import { AuditLogQuerySchema, type AuditLogQuery } from "@/lib/validations/moderation";
import { ModerationNav } from "../../_components/moderation-nav";
import { requireModerator } from "../../_components/moderators-only";
import { AuditEntries } from "./_components/audit-entries";
import { AuditFilters } from "./_components/audit-filters";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function logHref(query: AuditLogQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, page: page > 1 ? String(page) : "" })) if (value) params.set(key, String(value));
  return params.size > 0 ? `/moderation/log?${params}` : "/moderation/log";
}

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  await requireModerator("/moderation/log");
  const query = AuditLogQuerySchema.parse(await searchParams);
  const [actors, log] = await Promise.all([listActors(), listAuditLog(query)]);

  return (
    <>
      <PageHeader
        title="Moderation"
        subtitle={
          <>
            Every step of every submission, every edit and retraction of a published result, and every change of a metric or of a role. The public sees
            approvals, retractions and metric changes on <Link href="/log">the public log</Link>.
          </>
        }
      />
      <ModerationNav current="log" />
      <AuditFilters query={query} actors={actors} />
      <p className="mb-3 text-sm text-slate-600">{plural(log.total, "entry", "entries")}</p>
      <AuditEntries entries={log.entries} />
      <Pagination page={query.page} pageCount={log.pageCount} hrefFor={(page) => logHref(query, page)} />
    </>
  );
}
