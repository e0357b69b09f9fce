import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchView } from "../../_components/search-view";
import { isCachedSearchWord } from "@/lib/front/cached-paths.js";

// /search?q=WORD as a cached page: the front (server.js) asks for this path when a search is one plain word
// and nothing else, so that each such search is rendered once per catalogue change rather than per request.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ query: string }> };

async function wordOf(params: Props["params"]): Promise<string> {
  const { query } = await params;
  // Only what the front sends here: an arXiv id or a DOI (which redirect) never is.
  if (!isCachedSearchWord(query)) notFound();
  return query;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Search: ${await wordOf(params)}`, robots: { index: false } };
}

export default async function CachedSearchPage({ params }: Props) {
  return <SearchView query={await wordOf(params)} page={1} />;
}
