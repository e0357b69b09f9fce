import Link from "next/link";
import type { PaperLookup } from "@/lib/data/submission-form";
import { formatDate } from "@/lib/format";

export type LookupState =
  | { status: "idle" | "loading" | "unknown" }
  | { status: "found"; paper: NonNullable<PaperLookup["found"]> }
  | { status: "filled"; source: "arxiv" | "pending" };

const FILLED_FROM = {
  arxiv: "Filled in from arXiv: check the details below. The paper is added to the catalogue with your results.",
  pending: "Filled in from your submission waiting for review: check the details below.",
} as const;

/** What "Look up" found: the catalogue's paper, details filled in from elsewhere, or nothing. */
export function LookupStatus({ state }: { state: LookupState }) {
  if (state.status === "loading") return <>Looking it up…</>;
  if (state.status === "unknown") {
    return <>Not in the catalogue yet: give its title, authors and publication date below. It will be added with your results.</>;
  }
  if (state.status === "filled") {
    return (
      <span className="block rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sky-900" data-testid="paper-filled">
        {FILLED_FROM[state.source]}
      </span>
    );
  }
  if (state.status !== "found") return null;
  const { paper } = state;
  return (
    <span className="block rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-900" data-testid="paper-found">
      <span aria-hidden>✓ </span>Found in the catalogue:{" "}
      <Link href={`/paper/${paper.slug}`} className="font-medium underline">
        {paper.title}
      </Link>
      <span className="block text-xs text-emerald-800">
        {paper.authors} · {formatDate(paper.publishedAt)}
      </span>
    </span>
  );
}
