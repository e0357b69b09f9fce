import Link from "next/link";
import type { ContestView } from "@/lib/trust/reads";

const SOURCE_TEXT: Record<string, string> = { PWC_ARCHIVE: "The archive", SUBMISSION: "A submission", DEMO: "The demo catalogue" };

/** Both rows of a contest side by side (one for an author's dispute): values, evidence and source. */
export function ContestSides({ contest }: { contest: ContestView }) {
  return (
    // Side by side where the container is wide (the queue), one above the other in the result page's narrow card.
    <div className="@container">
      <div className="grid gap-3 @xl:grid-cols-2" data-testid="contest-sides">
        {contest.sides.map((side) => (
          <div
            key={side.id}
            className={`rounded-md border p-3 text-sm ${contest.standingId === side.id ? "border-emerald-300 bg-emerald-50" : "border-slate-200"}`}
            data-testid="contest-side"
          >
            <p className="font-medium">
              <Link href={`/result/${side.id}`}>{side.modelName}</Link>
              {contest.standingId === side.id && <span className="ml-2 text-xs font-semibold text-emerald-800">Stands</span>}
              {side.status === "RETRACTED" && <span className="ml-2 text-xs font-semibold text-rose-700">Retracted</span>}
            </p>
            <dl className="mt-1 space-y-0.5 text-slate-700">
              {side.values.map((value) => (
                <div key={value.metric} className="flex gap-2">
                  <dt className="text-slate-500">{value.metric}:</dt>
                  <dd className="tabular font-semibold">{value.raw}</dd>
                </div>
              ))}
              <div className="flex gap-2">
                <dt className="text-slate-500">Evidence:</dt>
                <dd>{side.evidence || "—"}</dd>
              </div>
              <div className="flex gap-2">
                <dt className="text-slate-500">Source:</dt>
                <dd>
                  {SOURCE_TEXT[side.source] ?? side.source}
                  {side.origin && ` (${side.origin})`}
                </dd>
              </div>
              {side.paperUrl && (
                <div className="flex gap-2">
                  <dt className="text-slate-500">Paper:</dt>
                  <dd className="min-w-0 [overflow-wrap:anywhere]">
                    <a href={side.paperUrl} rel="noopener nofollow">
                      {side.paperUrl}
                    </a>
                  </dd>
                </div>
              )}
            </dl>
          </div>
        ))}
      </div>
    </div>
  );
}
