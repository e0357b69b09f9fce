import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserOrSignIn } from "@/lib/auth";
import { getResultForCorrection, type ResultForCorrection } from "@/lib/data/results";

/** The title of a correction page: what it corrects, with the way back to it. */
export function CorrectionHeader({ result, title, intro }: { result: ResultForCorrection; title: string; intro: string }) {
  return (
    <PageHeader
      crumbs={[
        { href: `/sota/${result.benchmark.slug}`, label: result.benchmark.name },
        { href: `/result/${result.id}`, label: result.modelName },
      ]}
      title={title}
      subtitle={
        <>
          <p>
            <Link href={`/result/${result.id}`}>{result.modelName}</Link> on {result.benchmark.name}
            {result.paper && <> · {result.paper.title}</>}
          </p>
          <p className="mt-1 text-sm text-slate-500">{intro}</p>
        </>
      }
    />
  );
}

/** A retracted result takes no corrections. */
export function RetractedResult({ result }: { result: ResultForCorrection }) {
  return (
    <AccessDenied title="This result was retracted">
      It no longer stands on the leaderboard, so there is nothing to correct. Its history is on <Link href={`/result/${result.id}`}>its page</Link>.
    </AccessDenied>
  );
}

/** The result a correction page is about, for a signed-in user; a visitor is sent to sign in first. */
export async function resultToCorrect(params: Promise<{ id: string }>, page: "edit" | "report"): Promise<ResultForCorrection> {
  const { id } = await params;
  await requireUserOrSignIn(`/result/${id}/${page}`);
  const result = await getResultForCorrection(id);
  if (!result) notFound();
  return result;
}
