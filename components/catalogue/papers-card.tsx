import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { PaperItem } from "@/lib/data/shapes";
import { formatCount, plural } from "@/lib/format";
import { PaperList } from "./paper-list";

/** The latest papers of a task, dataset or method, and how many there are in all. */
export function PapersCard({
  title = "Papers",
  papers,
  total,
  empty,
  className,
}: {
  title?: string;
  papers: PaperItem[];
  total: number;
  empty: string;
  className?: string;
}) {
  const aside = papers.length < total ? `Latest ${papers.length} of ${formatCount(total)}` : plural(total, "paper");
  return (
    <Card title={title} aside={aside} className={className}>
      {papers.length > 0 ? <PaperList papers={papers} /> : <EmptyState>{empty}</EmptyState>}
    </Card>
  );
}
