import type { RowChange } from "@/lib/submissions/result-row";

/** What changes between two versions of a result: "Top 1 Accuracy: 88.0 → 88.1", one line per field. */
export function ChangeList({ changes }: { changes: RowChange[] }) {
  return (
    <ul className="space-y-0.5 text-sm" data-testid="changes">
      {changes.map((change) => (
        <li key={change.field} className="[overflow-wrap:anywhere]">
          <span className="text-slate-500">{change.label}: </span>
          <del className="text-slate-500">{change.before || "—"}</del> → <ins className="font-medium text-slate-900 no-underline">{change.after || "—"}</ins>
        </li>
      ))}
    </ul>
  );
}
