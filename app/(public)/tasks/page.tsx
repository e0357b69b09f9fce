import type { Metadata } from "next";
import Link from "next/link";
import { TaskTree } from "@/components/catalogue/task-tree";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCatalogueCounts, listAreas, listTasksWithoutArea } from "@/lib/data/catalogue";
import { formatCount, plural } from "@/lib/format";

export const metadata: Metadata = { title: "Tasks", description: "Machine-learning tasks by area, with their subtasks and benchmarks." };

const TASKS_PER_AREA = 16;

export default async function TasksPage() {
  const [counts, areas, other] = await Promise.all([getCatalogueCounts(), listAreas(TASKS_PER_AREA), listTasksWithoutArea(TASKS_PER_AREA)]);
  return (
    <div>
      <PageHeader title="Tasks" subtitle={`${plural(counts.tasks, "task")} in ${plural(areas.length, "area")}, with their subtasks and benchmarks.`} />
      {areas.length === 0 && other.total === 0 && <EmptyState>No tasks yet.</EmptyState>}
      <div className="space-y-6">
        {areas.map((area) => (
          <Card
            key={area.slug}
            title={
              <Link href={`/area/${area.slug}`} className="text-slate-900 hover:text-brand-700">
                {area.name}
              </Link>
            }
            aside={plural(area.taskCount, "task")}
          >
            {area.description && <p className="-mt-1 mb-4 text-sm text-slate-600">{area.description}</p>}
            <TaskTree tasks={area.tasks} columns={2} />
            {area.tasks.length < area.topLevelCount && (
              <p className="mt-4 text-sm">
                <Link href={`/area/${area.slug}`}>
                  All {formatCount(area.taskCount)} tasks in {area.name} →
                </Link>
              </p>
            )}
          </Card>
        ))}
        {other.total > 0 && (
          <Card title="Other tasks" aside={plural(other.total, "task")}>
            <TaskTree tasks={other.tasks} columns={2} />
            {other.tasks.length < other.total && (
              <p className="mt-4 text-sm text-slate-600">
                And {formatCount(other.total - other.tasks.length)} more: <Link href="/search">search</Link> to find them.
              </p>
            )}
          </Card>
        )}
      </div>
    </div>
  );
}
