import type { ReactNode } from "react";

export type FieldRow = { key: string; name: string; note?: string; type: ReactNode; description: ReactNode };

/** Name, type and description of parameters or fields: three columns on a wide screen, stacked on a phone. */
export function FieldList({ caption, heading, rows }: { caption: string; heading: [string, string, string]; rows: FieldRow[] }) {
  return (
    <div role="table" aria-label={caption} className="mt-3 text-sm">
      <div role="row" className="hidden border-b border-slate-200 pb-1 text-slate-500 sm:grid sm:grid-cols-[13rem_9rem_1fr] sm:gap-4">
        {heading.map((label) => (
          <span role="columnheader" key={label} className="font-medium">
            {label}
          </span>
        ))}
      </div>
      {rows.map((row) => (
        <div
          role="row"
          key={row.key}
          className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 border-b border-slate-100 py-1.5 last:border-0 sm:grid-cols-[13rem_9rem_1fr] sm:gap-x-4"
        >
          <span role="cell" className="break-all">
            <code className="text-[0.8125rem] text-slate-900">{row.name}</code>
            {row.note && <span className="ml-2 text-xs text-slate-500 sm:ml-0 sm:block">{row.note}</span>}
          </span>
          <span role="cell" className="text-slate-500 sm:text-slate-700">
            {row.type}
          </span>
          <span role="cell" className="col-span-2 text-slate-700 sm:col-span-1">
            {row.description}
          </span>
        </div>
      ))}
    </div>
  );
}
