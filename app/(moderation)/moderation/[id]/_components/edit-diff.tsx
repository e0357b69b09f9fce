import { Card } from "@/components/ui/card";
import type { Leaderboard, LeaderboardRow } from "@/lib/data/leaderboards";
import type { SubmissionReview } from "@/lib/submissions/read/review";
import { isoDay } from "@/lib/format";
import type { EditResult } from "@/lib/validations/submission";
import { TargetMissing } from "./target-missing";
import { TableHead } from "@/components/ui/table-head";

type Line = { field: string; before: string; after: string };

/** Field by field, the published row against the proposed one; what changes reads "old → new". */
function linesOf(board: Leaderboard, target: LeaderboardRow, edit: EditResult): Line[] {
  const { row } = edit;
  const rawOf = (metricId: string) => target.values.find((value) => value.metricId === metricId)?.raw ?? "";
  return [
    { field: "Model", before: target.modelName, after: row.modelName },
    ...board.metrics.map((metric, i) => ({ field: metric.name, before: rawOf(metric.id), after: row.values[i] ?? "" })),
    { field: "Extra training data", before: target.usesExtraData ? target.extraData || "yes" : "no", after: row.usesExtraData ? row.extraData : "no" },
    { field: "Code", before: target.codeUrl ?? "", after: row.codeUrl },
    { field: "Evaluation date", before: isoDay(target.evaluatedAt), after: row.evaluatedAt || isoDay(target.evaluatedAt) },
    { field: "Evidence", before: target.evidence, after: row.evidence },
  ];
}

export function EditDiff({
  edit,
  target,
  board,
  targetStatus,
}: {
  edit: EditResult;
  target: LeaderboardRow | null;
  board: Leaderboard | null;
  targetStatus: SubmissionReview["targetStatus"];
}) {
  if (!target || !board) return <TargetMissing title="Proposed edit" targetStatus={targetStatus} />;
  const lines = linesOf(board, target, edit);
  const changed = lines.filter((line) => line.before !== line.after).length;
  return (
    <Card title="Proposed edit" aside={`${changed} of ${lines.length} fields change`}>
      <div tabIndex={0} className="-mx-4 overflow-x-auto sm:-mx-5">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="edit-diff">
          <TableHead columns={["Field", "Published → proposed"]} />
          <tbody className="divide-y divide-slate-100">
            {lines.map((line) => (
              <tr key={line.field} data-changed={line.before !== line.after || undefined} className={line.before !== line.after ? "bg-amber-50/60" : ""}>
                <th scope="row" className="px-3 py-2 text-left align-top font-medium text-slate-600">
                  {line.field}
                </th>
                <td className="px-3 py-2 [overflow-wrap:anywhere]">
                  {line.before === line.after ? (
                    <span className="text-slate-600">{line.after || "—"}</span>
                  ) : (
                    <>
                      <del className="text-rose-700">{line.before || "—"}</del>
                      <span aria-hidden className="mx-1.5 text-slate-400">
                        →
                      </span>
                      <span className="sr-only"> becomes </span>
                      <ins className="font-semibold text-emerald-800 no-underline">{line.after || "—"}</ins>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
