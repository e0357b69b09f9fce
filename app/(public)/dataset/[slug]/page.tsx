import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BenchmarkTable } from "@/components/catalogue/benchmark-table";
import { Markdown } from "@/components/catalogue/markdown";
import { PapersCard } from "@/components/catalogue/papers-card";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DetailGrid } from "@/components/ui/detail-grid";
import { PageHeader } from "@/components/ui/page-header";
import { WatchButton } from "@/components/follow/watch-button";
import { getDatasetPage } from "@/lib/data/datasets";
import { plural } from "@/lib/format";
import { summarizeMarkdown } from "@/lib/markdown/markdown";
import { DatasetFacts, DatasetSubsets } from "./_components/dataset-aside";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dataset = await getDatasetPage((await params).slug);
  if (!dataset) return {};
  const title = dataset.parent ? `${dataset.parent.name} ${dataset.name}` : dataset.name;
  return { title, description: summarizeMarkdown(dataset.description, 200) || undefined, alternates: { canonical: `/dataset/${dataset.slug}` } };
}

export default async function DatasetPage({ params }: Props) {
  const dataset = await getDatasetPage((await params).slug);
  if (!dataset) notFound();
  const crumbs = [
    { href: "/datasets", label: "Datasets" },
    ...(dataset.parent ? [{ href: `/dataset/${dataset.parent.slug}`, label: dataset.parent.name }] : []),
  ];
  return (
    <div>
      <PageHeader
        crumbs={crumbs}
        title={dataset.parent ? `${dataset.parent.name} ${dataset.name}` : dataset.name}
        actions={<WatchButton kind="DATASET" targetId={dataset.id} />}
      />
      <DetailGrid
        main={
          <>
            {dataset.description && (
              <Card className="order-1">
                <Markdown source={dataset.description} />
              </Card>
            )}
            <Card title="Benchmarks" aside={plural(dataset.benchmarkCount, "benchmark")} className="order-4">
              {dataset.benchmarks.length > 0 ? (
                <>
                  <BenchmarkTable benchmarks={dataset.benchmarks} name="task" />
                  {dataset.benchmarkCount > dataset.benchmarks.length && (
                    <p className="mt-3 text-sm text-slate-500">
                      The {dataset.benchmarks.length} with the most results, of {plural(dataset.benchmarkCount, "benchmark")}.
                    </p>
                  )}
                </>
              ) : (
                <EmptyState>No benchmarks on this dataset yet.</EmptyState>
              )}
            </Card>
            <PapersCard papers={dataset.papers} total={dataset.paperCount} empty="No papers on this dataset yet." className="order-5" />
          </>
        }
        aside={
          <>
            <DatasetFacts dataset={dataset} className="order-2" />
            <DatasetSubsets dataset={dataset} className="order-3" />
          </>
        }
      />
    </div>
  );
}
