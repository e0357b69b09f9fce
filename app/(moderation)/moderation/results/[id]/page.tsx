import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DetailGrid } from "@/components/ui/detail-grid";
import { PageHeader } from "@/components/ui/page-header";
import { getResultForModeration } from "@/lib/submissions/read/moderation-result";
import { requireModerator } from "../../../_components/moderators-only";
import { ResultCard } from "./_components/result-card";
import { ResultHistory } from "./_components/result-history";
import { RetractForm } from "./_components/retract-form";
import { TrustEvidenceForm } from "@/components/trust/trust-evidence-form";
import { readReproductionUrl } from "@/lib/trust/reads";

export const metadata: Metadata = { title: "Retract a result", robots: { index: false } };

export default async function RetractResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireModerator(`/moderation/results/${id}`);
  const result = await getResultForModeration(id);
  if (!result) notFound();
  const reproductionUrl = await readReproductionUrl(id);

  return (
    <>
      <PageHeader
        crumbs={[{ href: "/moderation", label: "Moderation" }]}
        title={`Retract ${result.modelName}`}
        subtitle={`On ${result.benchmark.label}. A retracted result leaves the leaderboard and stays in its history, with your reason.`}
      />
      <DetailGrid
        main={<ResultCard result={result} />}
        aside={
          <>
            <RetractForm resultId={result.id} benchmarkSlug={result.benchmark.slug} isPublished={result.status === "PUBLISHED"} />
            <TrustEvidenceForm resultId={result.id} reproductionUrl={reproductionUrl} />
            <ResultHistory revisions={result.revisions} />
          </>
        }
      />
    </>
  );
}
