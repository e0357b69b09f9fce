import Link from "next/link";

const SIZES = {
  sm: "gap-1.5 [&_a]:px-2 [&_a]:py-0.5 [&_a]:text-xs",
  md: "gap-2 [&_a]:px-3 [&_a]:py-1 [&_a]:text-sm",
} as const;

/** A paper's tasks as tags, each a link to its task. */
export function TaskTags({ tasks, size = "md" }: { tasks: { slug: string; name: string }[]; size?: keyof typeof SIZES }) {
  if (tasks.length === 0) return null;
  return (
    <ul aria-label="Tasks" className={`flex flex-wrap ${SIZES[size]}`}>
      {tasks.map((task) => (
        <li key={task.slug}>
          <Link
            href={`/task/${task.slug}`}
            className="inline-block rounded-full bg-brand-50 font-medium text-brand-700 ring-1 ring-inset ring-brand-100 hover:bg-brand-100"
          >
            {task.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
