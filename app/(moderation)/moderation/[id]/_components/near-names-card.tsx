import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getNearEntries } from "@/lib/data/near-names";
import type { NearName } from "@/lib/near-names/near-names";
import { UseInsteadButton } from "./use-instead-button";

const REASONS: Record<NearName["reason"], string> = {
  "same name": "the same name",
  "case or punctuation": "differs only in case or punctuation",
  alias: "a known other name",
  spelling: "a letter or two apart",
};

/**
 * A typo must not create a new task or dataset: the existing entries near each proposed new name,
 * nearest first, with one click to use one instead. Nothing shows when nothing is near.
 */
export async function NearNamesCard({
  submissionId,
  proposed,
  canRewrite,
}: {
  submissionId: string;
  proposed: { task: string | null; dataset: string | null };
  canRewrite: boolean;
}) {
  const near = await getNearEntries(proposed);
  const fields = (["task", "dataset"] as const).filter((field) => near[field].length > 0);
  if (fields.length === 0) return null;
  return (
    <Card title="Near existing entries" aside="a typo must not create a new entry">
      <div className="space-y-4 text-sm" data-testid="near-names">
        {fields.map((field) => (
          <div key={field}>
            <p className="text-slate-600">
              New {field} proposed: <strong className="text-slate-900">{proposed[field]}</strong>. Existing {field === "task" ? "tasks" : "datasets"} near it:
            </p>
            <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
              {near[field].map((entry) => (
                <li key={entry.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2" data-testid="near-name">
                  <span className="min-w-0">
                    <Link href={`/${field}/${entry.slug}`} className="font-medium">
                      {entry.name}
                    </Link>
                    <span className="block text-xs text-slate-500">
                      {entry.matched !== entry.name ? `as “${entry.matched}”: ` : ""}
                      {REASONS[entry.reason]}
                    </span>
                  </span>
                  {canRewrite && <UseInsteadButton submissionId={submissionId} field={field} targetId={entry.id} name={entry.name} />}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Card>
  );
}
