import Link from "next/link";
import type { TaskNode } from "@/lib/data/catalogue";
import { plural } from "@/lib/format";

/** Tasks with their benchmark counts, each with its subtasks beneath it. */
export function TaskTree({ tasks, columns = 1, label }: { tasks: TaskNode[]; columns?: 1 | 2; label?: string }) {
  return (
    <ul aria-label={label} className={`grid gap-x-8 gap-y-3 ${columns === 2 ? "sm:grid-cols-2" : ""}`}>
      {tasks.map((task) => (
        <li key={task.slug} className="min-w-0">
          <div className="flex items-baseline justify-between gap-3">
            <Link href={`/task/${task.slug}`} className="font-medium">
              {task.name}
            </Link>
            <span className="tabular shrink-0 text-xs text-slate-500">{plural(task.benchmarkCount, "benchmark")}</span>
          </div>
          {task.subtasks.length > 0 && (
            <ul aria-label={`Subtasks of ${task.name}`} className="mt-1 space-y-1 border-l-2 border-slate-100 pl-3 text-sm">
              {task.subtasks.map((sub) => (
                <li key={sub.slug} className="flex items-baseline justify-between gap-3">
                  <Link href={`/task/${sub.slug}`} className="text-slate-700 hover:text-brand-700">
                    {sub.name}
                  </Link>
                  <span className="tabular shrink-0 text-xs text-slate-500">{plural(sub.benchmarkCount, "benchmark")}</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
