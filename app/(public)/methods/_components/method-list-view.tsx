import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listMethods } from "@/lib/data/methods";
import { parsePage } from "@/lib/data/pagination";
import { plural } from "@/lib/format";
import { summarizeMarkdown } from "@/lib/markdown/markdown";

export const methodsMetadata = {
  title: "Methods",
  description: "Reusable machine-learning techniques, the papers that introduced them and the papers that use them.",
};

/** One page of methods by name; `/methods/page/N` for the others. */
export async function MethodListView({ pageSegment }: { pageSegment?: string }) {
  const page = parsePage(pageSegment);
  const methods = page && (await listMethods(page));
  if (!methods || methods.page > methods.pageCount) notFound();
  return (
    <div>
      <PageHeader title="Methods" subtitle={`${plural(methods.total, "method")}: the building blocks papers introduce and reuse.`} />
      {methods.total === 0 ? (
        <EmptyState>No methods yet.</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {methods.items.map((method) => (
            <li key={method.slug} className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <Link href={`/method/${method.slug}`} className="text-base font-semibold">
                    {method.name}
                  </Link>
                  {method.fullName && method.fullName !== method.name && <p className="text-sm text-slate-500">{method.fullName}</p>}
                </div>
                {method.category && <Badge>{method.category}</Badge>}
              </div>
              {method.description && <p className="mt-2 text-sm text-slate-600">{summarizeMarkdown(method.description, 200)}</p>}
              <p className="tabular mt-auto pt-3 text-xs text-slate-500">Used in {plural(method.paperCount, "paper")}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={methods.page} pageCount={methods.pageCount} hrefFor={(n) => (n === 1 ? "/methods" : `/methods/page/${n}`)} />
    </div>
  );
}
