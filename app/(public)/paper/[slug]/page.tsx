import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPaper } from "@/lib/data/papers";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PaperHeader } from "@/components/paper/paper-header";
import { PaperAside } from "@/components/paper/paper-aside";
import { PaperResultsTable } from "@/components/paper/paper-results-table";
import { RankBadges } from "@/components/paper/rank-badges";
import { feedAlternates, feedPaths } from "@/lib/feeds/feed-paths";
import { PaperAuthorsClaim } from "@/components/trust/paper-authors-claim";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [];
}

async function load({ params }: Props) {
  const paper = await getPaper((await params).slug);
  if (!paper) notFound();
  return paper;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const paper = await load(props);
  const description = paper.abstract.slice(0, 300) || `${paper.title} by ${paper.authors.join(", ")}`;
  const url = `/paper/${paper.slug}`;
  return {
    title: paper.title,
    description,
    alternates: { canonical: url, ...feedAlternates(feedPaths.paper(paper.slug), `${paper.title}: new results`) },
    openGraph: { type: "article", title: paper.title, description, url, authors: paper.authors, publishedTime: paper.publishedAt ?? undefined },
  };
}

export default async function PaperPage(props: Props) {
  const paper = await load(props);
  return (
    <article>
      <PaperHeader paper={paper} />
      <RankBadges badges={paper.rankBadges} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title="Abstract">
            <p className="leading-relaxed text-slate-700">{paper.abstract || "No abstract yet."}</p>
          </Card>
          <Card
            title="Results from the paper"
            aside={
              paper.benchmarks.length > 0 && (
                <a href={`/paper/${paper.slug}/model-index.yaml`} download>
                  Export as model-index YAML
                </a>
              )
            }
          >
            {paper.benchmarks.length > 0 ? (
              <PaperResultsTable tables={paper.benchmarks} trust={paper.trust?.trust} />
            ) : (
              <EmptyState>No results from this paper on any leaderboard yet.</EmptyState>
            )}
          </Card>
          <PaperAuthorsClaim slug={paper.slug} authors={paper.authors} claimed={paper.trust?.claimedAuthors ?? []} />
        </div>
        <PaperAside paper={paper} />
      </div>
    </article>
  );
}
