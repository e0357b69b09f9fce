import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { ReportResultForm } from "@/components/submissions/report-result-form";
import { CorrectionHeader, RetractedResult, resultToCorrect } from "../_components/correction-header";

export const metadata: Metadata = { title: "Report a problem", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function ReportProblemPage({ params }: Props) {
  const result = await resultToCorrect(params, "report");
  if (result.status !== "PUBLISHED") return <RetractedResult result={result} />;
  return (
    <div className="mx-auto max-w-3xl">
      <CorrectionHeader
        result={result}
        title="Report a problem"
        intro="If a moderator agrees, the result is retracted: it leaves the leaderboard and keeps its history. To fix a value instead, suggest an edit."
      />
      <Card>
        <ReportResultForm resultId={result.id} />
      </Card>
    </div>
  );
}
