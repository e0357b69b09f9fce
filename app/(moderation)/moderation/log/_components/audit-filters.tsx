import Link from "next/link";
import { buttonClass } from "@/components/ui/button-link";
import { inputClass } from "@/components/ui/field";
import { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS } from "@/lib/submissions/labels";
import type { AuditLogQuery } from "@/lib/validations/moderation";

const LABEL = "block text-xs font-semibold uppercase tracking-wide text-slate-500";

/** The log's filters: who, which state was reached, between which days. A plain GET form. */
export function AuditFilters({ query, actors }: { query: AuditLogQuery; actors: { id: string; label: string }[] }) {
  return (
    <form method="get" action="/moderation/log" aria-label="Filter the log" className="mb-4 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1.3fr)_minmax(0,1fr)_minmax(0,1fr)_auto] lg:items-end">
        <div>
          <label htmlFor="log-actor" className={LABEL}>
            Who
          </label>
          <select id="log-actor" name="actor" defaultValue={query.actor} className={`${inputClass} mt-1`}>
            <option value="">Anyone</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="log-state" className={LABEL}>
            State reached
          </label>
          <select id="log-state" name="state" defaultValue={query.state} className={`${inputClass} mt-1`}>
            <option value="">Any</option>
            {Object.values(SubmissionStatus).map((state) => (
              <option key={state} value={state}>
                {STATUS_LABELS[state]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="log-from" className={LABEL}>
            From
          </label>
          <input id="log-from" type="date" name="from" defaultValue={query.from} className={`${inputClass} mt-1`} />
        </div>
        <div>
          <label htmlFor="log-to" className={LABEL}>
            To
          </label>
          <input id="log-to" type="date" name="to" defaultValue={query.to} className={`${inputClass} mt-1`} />
        </div>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass.primary}>
            Filter
          </button>
          <Link href="/moderation/log" className={buttonClass.secondary}>
            Clear
          </Link>
        </div>
      </div>
    </form>
  );
}
