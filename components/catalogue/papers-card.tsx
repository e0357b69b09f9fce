import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { PaperItem } from "@/lib/data/shapes";
import { formatCount, plural } from "@/lib/format";
import { PaperList } from "./paper-list";

/** The latest papers of a task, dataset or method, and how many there are in all. */
export function PapersCard({ title = "Papers", papers, total, empty }: { title?: string; papers: PaperItem[]; total: number; empty: string }) {
  const aside = papers.length < total ? `Latest ${papers.length} of ${formatCount(total)}` : plural(total, "paper");
  return (
    <Card title={title} aside={aside}>
      {papers.length > 0 ? <PaperList papers={papers} /> : <EmptyState>{empty}</EmptyState>}
    </Card>
  );
}
