import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { findSnapshot, snapshotBibtex } from "@/lib/citations/snapshots";
import { formatDate, plural } from "@/lib/format";
import { configuredSiteUrl } from "@/lib/site-url";
import { CopyButton } from "@/components/citations/copy-button";
import { SnapshotTable } from "@/components/citations/snapshot-table";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ benchmark: string; id: string }> };

// Only what the snapshot stored is shown: later edits to the board never reach this page.
const load = cache(async (benchmark: string, id: string) => (await findSnapshot(benchmark, id)) ?? notFound());

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { benchmark, id } = await params;
  const { content } = await load(benchmark, id);
  return { title: `${content.title} leaderboard as of ${content.asOf} (snapshot)` };
}

export default async function SnapshotPage({ params }: Props) {
  const { benchmark, id } = await params;
  const snapshot = await load(benchmark, id);
  const { content } = snapshot;
  const url = `${configuredSiteUrl()}/sota/${snapshot.benchmarkSlug}/snapshot/${snapshot.id}`;
  const bibtex = snapshotBibtex(snapshot, url);
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[
          { href: "/sota", label: "SotA" },
          { href: `/sota/${snapshot.benchmarkSlug}`, label: content.title },
        ]}
        title={`${content.title}, as of ${formatDate(content.asOf)}`}
        subtitle={
          <p>
            A frozen snapshot made {formatDate(snapshot.createdAt)}: {plural(content.rows.length, "result")} ranked by {content.rankedBy ?? "date"}.{" "}
            <Link href={`/sota/${snapshot.benchmarkSlug}`}>See today’s board</Link>
          </p>
        }
      />
      <dl className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold text-slate-600">Stable address</dt>
        <dd className="break-all" data-testid="snapshot-url">
          {url}
        </dd>
        <dt className="font-semibold text-slate-600">Content SHA-256</dt>
        <dd className="font-mono break-all" data-testid="snapshot-hash">
          {snapshot.hash}
        </dd>
      </dl>
      <SnapshotTable content={content} />
      <section aria-labelledby="bibtex-heading" className="space-y-2">
        <div className="flex items-center justify-between gap-3">
          <h2 id="bibtex-heading" className="text-lg font-semibold text-slate-900">
            BibTeX
          </h2>
          <CopyButton text={bibtex} label="Copy BibTeX" />
        </div>
        <pre className="overflow-x-auto rounded-lg bg-slate-900 p-4 text-sm text-slate-100" data-testid="bibtex">
          {bibtex}
        </pre>
      </section>
    </div>
  );
}
