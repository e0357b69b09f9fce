import type { Metadata } from "next";
import { EditResultForm } from "@/components/submissions/edit-result-form";
import { CorrectionHeader, RetractedResult, resultToCorrect } from "../_components/correction-header";

export const metadata: Metadata = { title: "Suggest an edit", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function SuggestEditPage({ params }: Props) {
  const result = await resultToCorrect(params, "edit");
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
