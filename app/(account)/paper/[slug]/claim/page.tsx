import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ClaimPaperForm } from "@/components/trust/claim-paper-form";
import { requireUserOrSignIn } from "@/lib/auth";
import { readPaperForClaim } from "@/lib/authors/reads";

export const metadata: Metadata = { title: "Claim a paper", robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

const CLAIM_TEXT = {
  PENDING: "Your claim waits for a moderator.",
  APPROVED: "You are an author of this paper on this site: you can confirm or dispute each of its results from the result's page.",
  REJECTED: "A moderator did not accept your claim. You can claim again with a note that helps them check it.",
} as const;

export default async function ClaimPaperPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUserOrSignIn(`/paper/${slug}/claim`);
  const paper = await readPaperForClaim(slug, user.id);
  if (!paper) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        crumbs={[{ href: `/paper/${paper.slug}`, label: paper.title }]}
        title="Claim this paper"
        subtitle={
          <p>
            <Link href={`/paper/${paper.slug}`}>{paper.title}</Link>. Signed in with an ORCID iD of the same name, your claim is approved at once; otherwise a
            moderator checks it.
          </p>
        }
      />
      {paper.claim && (
        <p className="mb-4 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm" data-testid="claim-status">
          {CLAIM_TEXT[paper.claim.status]}
          {paper.claim.reason && <> Reason: {paper.claim.reason}</>}
        </p>
      )}
      {(!paper.claim || paper.claim.status === "REJECTED") && (
        <Card>
          <ClaimPaperForm paperId={paper.id} authors={paper.authors} defaultName={paper.authors.find((name) => name === user.name) ?? ""} />
        </Card>
      )}
    </div>
  );
}
