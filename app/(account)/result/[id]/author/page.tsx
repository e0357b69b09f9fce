import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AuthorResultActions } from "@/components/trust/author-result-actions";
import { requireUserOrSignIn } from "@/lib/auth";
import { readResultForAuthor } from "@/lib/authors/reads";

export const metadata: Metadata = { title: "Confirm or dispute a result", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AuthorResultPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUserOrSignIn(`/result/${id}/author`);
  const result = await readResultForAuthor(id, user.id);
  if (!result) notFound();
  const isAuthor = result.claimStatus === "APPROVED";
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        crumbs={[{ href: `/result/${result.id}`, label: result.modelName }]}
        title="Confirm or dispute"
        subtitle={<p>An author of the paper says whether this result is right: a confirmation raises its trust, a dispute goes to the moderators.</p>}
      />
      <Card>
        {!result.paper ? (
          <p>This result names no paper, so no author can confirm it.</p>
        ) : !isAuthor ? (
          <p data-testid="not-author">
            Only an approved author of <Link href={`/paper/${result.paper.slug}`}>{result.paper.title}</Link> can do this.{" "}
            {result.claimStatus === "PENDING" ? (
              "Your claim waits for a moderator."
            ) : (
              <Link href={`/paper/${result.paper.slug}/claim`}>Claim the paper first.</Link>
            )}
          </p>
        ) : result.status !== "PUBLISHED" ? (
          <p>This result was retracted.</p>
        ) : (
          <AuthorResultActions resultId={result.id} isConfirmed={result.isConfirmed} hasOpenDispute={result.hasOpenDispute} />
        )}
      </Card>
    </div>
  );
}
