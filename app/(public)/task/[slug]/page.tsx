import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BenchmarkTable } from "@/components/catalogue/benchmark-table";
import { Markdown } from "@/components/catalogue/markdown";
import { PapersCard } from "@/components/catalogue/papers-card";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { plural } from "@/lib/format";
import { summarizeMarkdown } from "@/lib/markdown/markdown";
import { getTaskPage } from "@/lib/data/tasks";
import { TaskSidebar } from "./_components/task-sidebar";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const task = await getTaskPage((await params).slug);
  return task ? { title: task.name, description: summarizeMarkdown(task.description, 200) || undefined } : {};
}

export default async function TaskPage({ params }: Props) {
  const task = await getTaskPage((await params).slug);
  if (!task) notFound();
  const crumbs = [
    { href: "/tasks", label: "Tasks" },
    ...(task.area ? [{ href: `/area/${task.area.slug}`, label: task.area.name }] : []),
    ...task.ancestors.map((a) => ({ href: `/task/${a.slug}`, label: a.name })),
  ];
  return (
    <div>
      <PageHeader
        crumbs={crumbs}
        title={task.name}
        subtitle={task.synonyms.length > 0 && <span className="text-sm">Also known as {task.synonyms.join(" · ")}</span>}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-6">
          {task.description && (
            <Card>
              <Markdown source={task.description} />
            </Card>
          )}
          <Card title="Benchmarks" aside={plural(task.benchmarks.length, "benchmark")}>
            {task.benchmarks.length > 0 ? (
              <BenchmarkTable benchmarks={task.benchmarks} name="dataset" />
            ) : (
              <EmptyState>No benchmarks for this task yet.</EmptyState>
            )}
          </Card>
          <PapersCard papers={task.papers} total={task.paperCount} empty="No papers for this task yet." />
        </div>
        <TaskSidebar task={task} />
      </div>
    </div>
  );
}
