import Link from "next/link";
import { authorIdOf } from "@/lib/api/author-id";
import { Card } from "@/components/ui/card";

/** The paper's authors, each linking to their author page; those who claimed it here; the way to claim it. */
export function PaperAuthorsClaim({ slug, authors, claimed }: { slug: string; authors: string[]; claimed: { name: string; viaOrcid: boolean }[] }) {
  if (authors.length === 0) return null;
  return (
    <Card title="Authors">
      <div className="space-y-2 text-sm text-slate-700" data-testid="paper-authors-claim">
        <p className="flex flex-wrap gap-x-3 gap-y-1">
          {authors.map((name) => (
            <Link key={name} href={`/author/${encodeURIComponent(authorIdOf(name))}`}>
              {name}
            </Link>
          ))}
        </p>
        {claimed.length > 0 && (
          <p data-testid="claimed-authors">Confirmed on this site: {claimed.map((claim) => `${claim.name}${claim.viaOrcid ? " (ORCID)" : ""}`).join(", ")}.</p>
        )}
        <p className="text-xs text-slate-500">
          One of the authors? <Link href={`/paper/${slug}/claim`}>Claim this paper</Link> to confirm or dispute its results.
        </p>
      </div>
    </Card>
  );
}
