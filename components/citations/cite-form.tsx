import { createSnapshotAction } from "@/lib/actions/create-snapshot";

/** "Cite": freezes the board shown (as of `asOf`, or today) into a snapshot with a stable address. */
export function CiteForm({ benchmark, asOf = "" }: { benchmark: string; asOf?: string }) {
  return (
    <form action={createSnapshotAction} className="inline">
      <input type="hidden" name="benchmark" value={benchmark} />
      <input type="hidden" name="asOf" value={asOf} />
      <button
        type="submit"
        className="inline-flex items-center gap-1.5 rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 hover:text-slate-900"
      >
        Cite
      </button>
    </form>
  );
}
