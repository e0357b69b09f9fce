import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditResultForm } from "@/components/submissions/edit-result-form";
import { requireUserOrSignIn } from "@/lib/auth";
import { getResultForCorrection } from "@/lib/data/results";
import { CorrectionHeader, RetractedResult } from "../_components/correction-header";

export const metadata: Metadata = { title: "Suggest an edit", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function SuggestEditPage({ params }: Props) {
  const { id } = await params;
  await requireUserOrSignIn(`/result/${id}/edit`);
  const result = await getResultForCorrection(id);
  if (!result) notFound();
  if (result.status !== "PUBLISHED") return <RetractedResult result={result} />;
  return (
    <div className="mx-auto max-w-3xl">
      <CorrectionHeader
        result={result}
        title="Suggest an edit"
        intro="A moderator compares your version with the published one; the published one stays until your edit is approved."
      />
      <EditResultForm resultId={result.id} metrics={result.benchmark.metrics} published={result.row} />
    </div>
  );
}
