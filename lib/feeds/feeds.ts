import "server-only";
import { prisma } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { cached } from "@/lib/data/cache";
import { configuredSiteUrl } from "@/lib/site-url";
import { renderAtom, type AtomEntry } from "./atom";
import { readFeedResults, type FeedResult } from "./feed-entries";
import { feedPaths } from "./feed-paths";

function toEntry(site: string, result: FeedResult): AtomEntry {
  const score = result.headline ? ` · ${result.headline.metric} ${result.headline.raw}` : "";
  return {
    id: `${site}/result/${result.id}`,
    title: `${result.isNewBest ? "New best" : "New result"}: ${result.modelName} on ${result.benchmark.title}${score}`,
    updated: result.appearedAt,
    link: `${site}/result/${result.id}`,
    category: result.isNewBest ? "new-best" : "new-result",
    summary: `${result.modelName}${result.paperTitle ? ` (${result.paperTitle})` : ""} on ${result.benchmark.title}${score}${result.isNewBest ? ": best on this leaderboard when it came." : "."}`,
  };
}

type Scope = { path: string; page: string; title: string; subtitle: string; created: Date; tag: string; where: Parameters<typeof readFeedResults>[0] };

// A cached file served to everyone: absolute links from SITE_URL (or this server), never a client's Host.
async function renderFeed(scope: Scope): Promise<string> {
  const site = configuredSiteUrl();
  const results = await cached(["feed", scope.path], [scope.tag], () => readFeedResults(scope.where));
  return renderAtom({
    id: `${site}${scope.path}`,
    title: scope.title,
    subtitle: scope.subtitle,
    self: `${site}${scope.path}`,
    alternate: `${site}${scope.page}`,
    updated: results[0]?.appearedAt ?? scope.created.toISOString(),
    author: "Papers With Code 2",
    entries: results.map((result) => toEntry(site, result)),
  });
}

const NEWS = "New results and new bests";

export function siteFeed(): Promise<string> {
  return renderFeed({
    path: feedPaths.site(),
    page: "/",
    title: "Papers With Code 2",
    subtitle: `${NEWS} on every leaderboard`,
    created: new Date(0),
    tag: tags.catalogue,
    where: {},
  });
}

export async function benchmarkFeed(slug: string): Promise<string | null> {
  const board = await prisma.benchmark.findUnique({
    where: { slug },
    select: { id: true, createdAt: true, task: { select: { name: true } }, dataset: { select: { name: true, parent: { select: { name: true } } } } },
  });
  if (!board) return null;
  const title = `${board.task.name} on ${board.dataset.parent ? `${board.dataset.parent.name} ` : ""}${board.dataset.name}`;
  return renderFeed({
    path: feedPaths.benchmark(slug),
    page: `/sota/${slug}`,
    title: `${title} leaderboard`,
    subtitle: `${NEWS} on ${title}`,
    created: board.createdAt,
    tag: tags.benchmark(board.id),
    where: { benchmarkId: board.id },
  });
}

export async function taskFeed(slug: string): Promise<string | null> {
  const task = await prisma.task.findUnique({ where: { slug }, select: { id: true, name: true, createdAt: true } });
  if (!task) return null;
  return renderFeed({
    path: feedPaths.task(slug),
    page: `/task/${slug}`,
    title: task.name,
    subtitle: `${NEWS} on ${task.name} leaderboards`,
    created: task.createdAt,
    tag: tags.task(task.id),
    where: { benchmark: { taskId: task.id } },
  });
}

export async function paperFeed(slug: string): Promise<string | null> {
  const paper = await prisma.paper.findUnique({ where: { slug }, select: { id: true, title: true, createdAt: true } });
  if (!paper) return null;
  return renderFeed({
    path: feedPaths.paper(slug),
    page: `/paper/${slug}`,
    title: paper.title,
    subtitle: `${NEWS} of this paper`,
    created: paper.createdAt,
    tag: tags.paper(paper.id),
    where: { paperId: paper.id },
  });
}
