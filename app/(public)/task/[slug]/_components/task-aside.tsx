import Link from "next/link";
import { TaskTree } from "@/components/catalogue/task-tree";
import { Card } from "@/components/ui/card";
import type { TaskPage } from "@/lib/data/tasks";

/** A task's subtasks, when it has any. */
export function TaskSubtasks({ task, className }: { task: TaskPage; className: string }) {
  if (task.subtasks.length === 0) return null;
  return (
    <Card title="Subtasks" aside={task.subtasks.length} className={className}>
      <TaskTree tasks={task.subtasks} label="Subtasks" />
    </Card>
  );
}

/** Where a task stands in the catalogue and how much it holds. */
export function TaskFacts({ task, className }: { task: TaskPage; className: string }) {
  const parent = task.ancestors.at(-1);
  return (
    <Card title="In the catalogue" className={className}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {task.area && (
          <>
            <dt className="text-slate-500">Area</dt>
            <dd>
              <Link href={`/area/${task.area.slug}`}>{task.area.name}</Link>
            </dd>
          </>
        )}
        {parent && (
          <>
            <dt className="text-slate-500">Subtask of</dt>
            <dd>
              <Link href={`/task/${parent.slug}`}>{parent.name}</Link>
            </dd>
          </>
        )}
        <dt className="text-slate-500">Benchmarks</dt>
        <dd className="tabular">{task.benchmarks.length}</dd>
        <dt className="text-slate-500">Papers</dt>
        <dd className="tabular">{task.paperCount}</dd>
      </dl>
    </Card>
  );
}
