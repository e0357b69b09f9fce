import Link from "next/link";
import type { AreaSummary } from "@/lib/data/catalogue";
import { plural } from "@/lib/format";
import { HomeSection } from "./home-section";

/** The areas, each with its best-covered tasks. */
export function HomeAreas({ areas }: { areas: AreaSummary[] }) {
  return (
    <HomeSection id="areas" title="Browse by area" more={{ href: "/tasks", label: "All tasks" }}>
      <ul className="space-y-4">
        {areas.map((area) => (
          <li key={area.slug} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex items-baseline justify-between gap-3">
              <Link href={`/area/${area.slug}`} className="font-semibold">
                {area.name}
              </Link>
              <span className="tabular shrink-0 text-xs text-slate-500">{plural(area.taskCount, "task")}</span>
            </div>
            {area.description && <p className="mt-1 text-sm text-slate-600">{area.description}</p>}
            <ul className="mt-3 flex flex-wrap gap-2">
              {area.tasks.map((task) => (
                <li key={task.slug}>
                  <Link
                    href={`/task/${task.slug}`}
                    className="inline-block rounded-full bg-slate-100 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-brand-50 hover:text-brand-700"
                  >
                    {task.name}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </HomeSection>
  );
}
