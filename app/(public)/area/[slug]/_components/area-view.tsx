import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BenchmarkTable } from "@/components/catalogue/benchmark-table";
import { TaskTree } from "@/components/catalogue/task-tree";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { getAreaPage } from "@/lib/data/catalogue";
import { parsePage } from "@/lib/data/pagination";
import { plural } from "@/lib/format";

export async function areaMetadata(slug: string): Promise<Metadata> {
  const area = await getAreaPage(slug, 1);
  return area ? { title: `${area.name} tasks`, description: area.description || `Tasks in ${area.name}.` } : {};
}

/** An area's top-level tasks with their subtasks, one page of them; `/area/x/page/N` for the others. */
export async function AreaView({ slug, pageSegment }: { slug: string; pageSegment?: string }) {
  const page = parsePage(pageSegment);
  const area = page && (await getAreaPage(slug, page));
  if (!area || area.tasks.page > area.tasks.pageCount) notFound();
  return (
    <div>
      <PageHeader crumbs={[{ href: "/tasks", label: "Tasks" }]} title={area.name} subtitle={area.description || `${plural(area.taskCount, "task")}.`} />
      <Card title="Tasks" aside={`${plural(area.tasks.total, "top-level task")} · ${plural(area.taskCount, "task")} in all`}>
        {area.tasks.total === 0 ? <EmptyState>No tasks in this area yet.</EmptyState> : <TaskTree tasks={area.tasks.items} columns={2} />}
      </Card>
      <Pagination page={area.tasks.page} pageCount={area.tasks.pageCount} hrefFor={(n) => (n === 1 ? `/area/${area.slug}` : `/area/${area.slug}/page/${n}`)} />
      {area.benchmarks.length > 0 && (
        <Card title="Most reported benchmarks" className="mt-6">
          <BenchmarkTable benchmarks={area.benchmarks} name="task" />
        </Card>
      )}
    </div>
  );
}
