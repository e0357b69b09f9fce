import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BenchmarkTable } from "@/components/catalogue/benchmark-table";
import { Markdown } from "@/components/catalogue/markdown";
import { PapersCard } from "@/components/catalogue/papers-card";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDatasetPage } from "@/lib/data/datasets";
import { plural } from "@/lib/format";
import { summarizeMarkdown } from "@/lib/markdown/markdown";
import { DatasetFacts } from "./_components/dataset-facts";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dataset = await getDatasetPage((await params).slug);
  if (!dataset) return {};
  const title = dataset.parent ? `${dataset.parent.name} ${dataset.name}` : dataset.name;
  return { title, description: summarizeMarkdown(dataset.description, 200) || undefined };
}

export default async function DatasetPage({ params }: Props) {
  const dataset = await getDatasetPage((await params).slug);
  if (!dataset) notFound();
  const crumbs = [{ href: "/datasets", label: "Datasets" }, ...(dataset.parent ? [{ href: `/dataset/${dataset.parent.slug}`, label: dataset.parent.name }] : [])];
  return (
    <div>
      <PageHeader crumbs={crumbs} title={dataset.parent ? `${dataset.parent.name} ${dataset.name}` : dataset.name} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-6">
          {dataset.description && (
            <Card>
              <Markdown source={dataset.description} />
            </Card>
          )}
          <Card title="Benchmarks" aside={plural(dataset.benchmarks.length, "benchmark")}>
            {dataset.benchmarks.length > 0 ? (
              <BenchmarkTable benchmarks={dataset.benchmarks} name="task" />
            ) : (
              <EmptyState>No benchmarks on this dataset yet.</EmptyState>
            )}
          </Card>
          <PapersCard papers={dataset.papers} total={dataset.paperCount} empty="No papers on this dataset yet." />
        </div>
        <DatasetFacts dataset={dataset} />
      </div>
    </div>
  );
}
