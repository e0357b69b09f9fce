import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { findPaperByIdentifier, parseIdentifier } from "@/lib/search";
import { PAGE_KINDS } from "./_components/kinds";
import { SearchView } from "./_components/search-view";

type Props = { searchParams: Promise<{ q?: string | string[]; kind?: string | string[]; page?: string | string[] }> };

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

async function readParams(searchParams: Props["searchParams"]) {
  const params = await searchParams;
  const query = first(params.q).trim().slice(0, 200);
  const kind = PAGE_KINDS.find((k) => k === first(params.kind));
  const page = Math.max(1, Math.min(Number.parseInt(first(params.page), 10) || 1, 10_000));
  return { query, kind, page };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = await readParams(searchParams);
  return { title: query ? `Search: ${query}` : "Search", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const { query, kind, page } = await readParams(searchParams);
  // An arXiv id or a DOI names one paper: straight to it when the catalogue has it.
  const identifier = parseIdentifier(query);
  const paper = identifier && (await findPaperByIdentifier(identifier));
  if (paper) redirect(`/paper/${paper.slug}`);
  return <SearchView query={query} kind={kind} page={page} identifier={identifier} />;
}
