import { Card } from "@/components/ui/card";
import type { Resubmission } from "@/lib/submissions/read/review";
import { plural } from "@/lib/format";
import { TableHead } from "@/components/ui/table-head";

/** A resubmission: the moderator's request beside what the submitter changed since (before → now). */
export function ResubmissionChanges({ resubmission }: { resubmission: Resubmission }) {
  const { request, requestedBy, changes } = resubmission;
  return (
    <Card title="Changes since the request" aside={plural(changes.length, "field")}>
      <div className="space-y-3" data-testid="resubmission-changes">
        {request && (
          <blockquote className="rounded-md border-l-4 border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            <span className="block text-xs font-semibold uppercase tracking-wide text-amber-800">Requested{requestedBy ? ` by ${requestedBy}` : ""}</span>
            <span className="whitespace-pre-line">{request}</span>
          </blockquote>
        )}
        {changes.length === 0 ? (
          <p className="text-sm text-slate-600">Sent again unchanged.</p>
        ) : (
          <div tabIndex={0} className="-mx-4 overflow-x-auto sm:-mx-5">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <TableHead columns={["Field", "Previous version", "Now"]} />
              <tbody className="divide-y divide-slate-100">
                {changes.map((change) => (
                  <tr key={change.field}>
                    <th scope="row" className="px-3 py-2 text-left align-top font-medium text-slate-600">
                      {change.field}
                    </th>
                    <td className="px-3 py-2 align-top [overflow-wrap:anywhere]">
                      <del className="text-rose-700">{change.before || "—"}</del>
                    </td>
                    <td className="px-3 py-2 align-top [overflow-wrap:anywhere]">
                      <ins className="font-semibold text-emerald-800 no-underline">{change.after || "—"}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Card>
  );
}
