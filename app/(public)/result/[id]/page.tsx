import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getResultPage } from "@/lib/data/results";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { DetailGrid } from "@/components/ui/detail-grid";
import { PageHeader } from "@/components/ui/page-header";
import { ReportQuote } from "@/components/ui/timeline";
import { ResultDetails } from "./_components/result-details";
import { ResultHistory } from "./_components/result-history";
import { ResultValues } from "./_components/result-values";
import { BadgeCard } from "@/components/citations/badge-card";
import { ResultTrustCard } from "./_components/result-trust";

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return [];
}

async function load({ params }: Props) {
  const result = await getResultPage((await params).id);
  if (!result) notFound();
  return result;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const result = await load(props);
  const { task, dataset } = result.benchmark;
  return { title: `${result.modelName} on ${task.name} on ${dataset.name}`, robots: result.status === "PUBLISHED" ? undefined : { index: false } };
}

export default async function ResultPage(props: Props) {
  const result = await load(props);
  const { benchmark } = result;
  const isPublished = result.status === "PUBLISHED";
  return (
    <article>
      <PageHeader
        crumbs={[
          { href: "/sota", label: "SotA" },
          { href: `/task/${benchmark.task.slug}`, label: benchmark.task.name },
          { href: `/sota/${benchmark.slug}`, label: `${benchmark.task.name} on ${benchmark.dataset.name}` },
        ]}
        title={result.modelName}
        subtitle={
          <p>
            A result on{" "}
            <Link href={`/sota/${benchmark.slug}`}>
              {benchmark.task.name} on {benchmark.dataset.name}
            </Link>
          </p>
        }
        actions={
          isPublished && (
            <>
              <ButtonLink href={`/result/${result.id}/edit`}>Suggest an edit</ButtonLink>
              <ButtonLink href={`/result/${result.id}/report`}>Report a problem</ButtonLink>
            </>
          )
        }
      />
      {!isPublished && (
        <div className="mb-6 rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-rose-900" data-testid="retracted">
          <p>
            <strong className="font-semibold">Retracted.</strong> {result.retractedReason || "A moderator withdrew this result."} It no longer appears on the
            leaderboard; its history stays here.
          </p>
          {result.retractedReport && <ReportQuote report={result.retractedReport} />}
        </div>
      )}
      <DetailGrid
        main={
          <>
            <Card title="Values" className="order-1">
              <ResultValues result={result} />
            </Card>
            <Card title="History" className="order-4">
              <ResultHistory entries={result.history} />
            </Card>
            {isPublished && (
              <BadgeCard
                resultId={result.id}
                modelName={result.modelName}
                benchmarkSlug={benchmark.slug}
                paperSlug={result.paper?.slug ?? null}
                className="order-5"
              />
            )}
          </>
        }
        aside={
          <>
            {result.trust && <ResultTrustCard resultId={result.id} trust={result.trust} isPublished={isPublished} />}
            <ResultDetails result={result} />
          </>
        }
      />
      <p className="mt-8 text-xs text-slate-500">
        Moderators: <Link href={`/moderation/results/${result.id}`}>retract this result</Link>
      </p>
    </article>
  );
}
