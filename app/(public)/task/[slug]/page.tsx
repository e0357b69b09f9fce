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
import { plural } from "@/lib/format";
import { summarizeMarkdown } from "@/lib/markdown/markdown";
import { getTaskPage } from "@/lib/data/tasks";
import { TaskFacts, TaskSubtasks } from "./_components/task-aside";
import { feedAlternates, feedPaths } from "@/lib/feeds/feed-paths";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const task = await getTaskPage((await params).slug);
  return task
    ? {
        title: task.name,
        description: summarizeMarkdown(task.description, 200) || undefined,
        alternates: { canonical: `/task/${task.slug}`, ...feedAlternates(feedPaths.task(task.slug), `${task.name}: new results`) },
      }
    : {};
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
        actions={<WatchButton kind="TASK" targetId={task.id} />}
        subtitle={task.synonyms.length > 0 && <span className="text-sm">Also known as {task.synonyms.join(" · ")}</span>}
      />
      <DetailGrid
        main={
          <>
            {task.description && (
              <Card className="order-1">
                <Markdown source={task.description} />
              </Card>
            )}
            <Card title="Benchmarks" aside={plural(task.benchmarkCount, "benchmark")} className="order-3">
              {task.benchmarks.length > 0 ? (
                <>
                  <BenchmarkTable benchmarks={task.benchmarks} name="dataset" />
                  {task.benchmarkCount > task.benchmarks.length && (
                    <p className="mt-3 text-sm text-slate-500">
                      The {task.benchmarks.length} with the most results, of {plural(task.benchmarkCount, "benchmark")}.
                    </p>
                  )}
                </>
              ) : (
                <EmptyState>
                  {task.subtasks.length > 0 ? "No benchmarks on this task itself: see its subtasks." : "No benchmarks for this task yet."}
                </EmptyState>
              )}
            </Card>
            <PapersCard papers={task.papers} total={task.paperCount} empty="No papers for this task yet." className="order-4" />
          </>
        }
        aside={
          <>
            <TaskSubtasks task={task} className="order-2" />
            <TaskFacts task={task} className="order-5" />
          </>
        }
      />
    </div>
  );
}
