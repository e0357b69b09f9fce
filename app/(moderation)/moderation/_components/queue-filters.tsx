import Link from "next/link";
import { buttonClass } from "@/components/ui/button-link";
import { inputClass } from "@/components/ui/field";
import type { QueueQuery } from "@/lib/validations/moderation";

type Options = { tasks: string[]; datasets: string[]; submitters: { id: string; label: string }[] };

function Select({ name, label, value, choices }: { name: string; label: string; value: string; choices: { value: string; label: string }[] }) {
  return (
    <div className="min-w-0">
      <label htmlFor={`filter-${name}`} className="block text-xs font-semibold uppercase tracking-wide text-slate-500">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value} className={`${inputClass} mt-1`}>
        <option value="">Any</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The queue's filters: a plain GET form, so that every filtered view is a link. */
export function QueueFilters({ query, options }: { query: QueueQuery; options: Options }) {
  const asChoices = (values: string[]) => values.map((value) => ({ value, label: value }));
  return (
    <form method="get" action="/moderation" className="mb-4 rounded-lg border border-slate-200 bg-white p-3 shadow-sm" aria-label="Filter the queue">
      {query.state !== "PENDING" && <input type="hidden" name="state" value={query.state} />}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_auto_auto] lg:items-end">
        <Select name="task" label="Task" value={query.task} choices={asChoices(options.tasks)} />
        <Select name="dataset" label="Dataset" value={query.dataset} choices={asChoices(options.datasets)} />
        <Select name="submitter" label="Submitter" value={query.submitter} choices={options.submitters.map(({ id, label }) => ({ value: id, label }))} />
        <label className="flex items-center gap-2 text-sm text-slate-700 lg:pb-2">
          <input type="checkbox" name="warnings" value="1" defaultChecked={query.warnings === "1"} className="h-4 w-4 rounded border-slate-300" />
          Has warnings
        </label>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass.primary}>
            Filter
          </button>
          <Link href={query.state === "PENDING" ? "/moderation" : `/moderation?state=${query.state}`} className={buttonClass.secondary}>
            Clear
          </Link>
        </div>
      </div>
    </form>
  );
}
