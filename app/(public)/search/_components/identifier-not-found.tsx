import Link from "next/link";
import type { Identifier } from "@/lib/search";

/** An arXiv id or a DOI the catalogue does not know: say so, and where to add its results. */
export function IdentifierNotFound({ identifier }: { identifier: Identifier }) {
  const name = identifier.kind === "arxiv" ? `arXiv ${identifier.id}` : `DOI ${identifier.id}`;
  return (
    <p className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="identifier-not-found">
      No paper with {name} is in the catalogue yet. If it reports results, <Link href="/submit">submit them</Link>.
    </p>
  );
}
