import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { readAuthorPage } from "@/lib/authors/author-page";
import { plural } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { WatchButton } from "@/components/follow/watch-button";
import { AuthorPapers } from "./_components/author-papers";

type Props = { params: Promise<{ slug: string }> };

// Claims and confirmations change an author's page at any time: rendered on each request.
export const dynamic = "force-dynamic";

const load = cache(async (slug: string) => {
  const author = await readAuthorPage(decodeURIComponent(slug));
  if (!author) notFound();
  return author;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await load((await params).slug);
  return { title: author.name, description: `Papers and leaderboard results of ${author.name}.` };
}

export default async function AuthorPageRoute({ params }: Props) {
  const author = await load((await params).slug);
  return (
    <article className="space-y-6">
      <PageHeader
        title={author.name}
        subtitle={
          <p>
            {plural(author.papers.length, "paper")}
            {author.claimedBy.length > 0 && (
              <span data-testid="author-claimed">
                {" "}
                · claimed on this site by {author.claimedBy.map((claim) => `${claim.name}${claim.viaOrcid ? " (ORCID)" : ""}`).join(", ")}
              </span>
            )}
          </p>
        }
        actions={<WatchButton kind="AUTHOR" targetId={author.id} />}
      />
      <Card title="Papers and results">
        <AuthorPapers papers={author.papers} />
      </Card>
    </article>
  );
}
