import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listDatasets } from "@/lib/data/datasets";
import { parsePage } from "@/lib/data/pagination";
import { plural } from "@/lib/format";
import { summarizeMarkdown } from "@/lib/markdown/markdown";

export const datasetsMetadata = {
  title: "Datasets",
  description: "Datasets that machine-learning results are reported on, with their subsets and benchmarks.",
};

/** One page of datasets by name; `/datasets/page/N` for the others. */
export async function DatasetListView({ pageSegment }: { pageSegment?: string }) {
  const page = parsePage(pageSegment);
  const datasets = page && (await listDatasets(page));
  if (!datasets || datasets.page > datasets.pageCount) notFound();
  return (
    <div>
      <PageHeader title="Datasets" subtitle={`${plural(datasets.total, "dataset")} with their subsets and benchmarks.`} />
      {datasets.total === 0 ? (
        <EmptyState>No datasets yet.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
          {datasets.items.map((dataset) => (
            <li key={dataset.slug} className="p-4 sm:px-5">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <Link href={`/dataset/${dataset.slug}`} className="text-base font-semibold">
                  {dataset.name}
                </Link>
                <span className="tabular text-xs text-slate-500">{plural(dataset.benchmarkCount, "benchmark")}</span>
              </div>
              {dataset.description && <p className="mt-1 text-sm text-slate-600">{summarizeMarkdown(dataset.description, 240)}</p>}
              <div className="mt-2 flex flex-wrap items-center gap-2 text-xs">
                {dataset.modalities.map((modality) => (
                  <Badge key={modality} tone="brand">
                    {modality}
                  </Badge>
                ))}
                {dataset.subsets.length > 0 && <span className="text-slate-500">Subsets:</span>}
                {dataset.subsets.map((subset) => (
                  <Link
                    key={subset.slug}
                    href={`/dataset/${subset.slug}`}
                    className="rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-700 hover:text-brand-700"
                  >
                    {subset.name}
                  </Link>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={datasets.page} pageCount={datasets.pageCount} hrefFor={(n) => (n === 1 ? "/datasets" : `/datasets/page/${n}`)} />
    </div>
  );
}
