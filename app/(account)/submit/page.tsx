import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { emptySubmission } from "@/components/submissions/defaults";
import { requireUserOrSignIn } from "@/lib/auth";
import { getPendingPapers } from "@/lib/data/pending-papers";
import { getBenchmarkPrefill, getPaperPrefill, matchBenchmark } from "@/lib/data/submission-form";
import { SubmitFormWithCard } from "./_components/submit-form-with-card";

export const metadata: Metadata = { title: "Submit results", robots: { index: false } };

type Props = { searchParams: Promise<{ benchmark?: string | string[]; paper?: string | string[] }> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/** The submission form, prefilled from a leaderboard (?benchmark=<slug>) or a paper page (?paper=<slug>). */
export default async function SubmitPage({ searchParams }: Props) {
  const params = await searchParams;
  const prefill = { benchmark: one(params.benchmark), paper: one(params.paper) };
  const query = new URLSearchParams(Object.entries(prefill).filter(([, value]) => value)).toString();
  const user = await requireUserOrSignIn(query ? `/submit?${query}` : "/submit");

  const [benchmark, paper, pendingPapers] = await Promise.all([
    prefill.benchmark ? getBenchmarkPrefill(prefill.benchmark) : null,
    prefill.paper ? getPaperPrefill(prefill.paper) : null,
    getPendingPapers(user.id),
  ]);
  const initialMatch = benchmark && (await matchBenchmark(benchmark.task, benchmark.dataset, benchmark.subset));
  const initialLookup = paper && { found: { ...paper, slug: prefill.paper }, ref: paper.ref };

  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        title="Submit results"
        subtitle="Add results from a paper to a leaderboard, or propose a new benchmark, by hand or from a model card. A moderator reviews them before they are published."
      />
      <SubmitFormWithCard
        defaultValues={emptySubmission(benchmark, paper)}
        initialMatch={initialMatch}
        initialLookup={initialLookup}
        pendingPapers={pendingPapers}
      />
    </div>
  );
}
