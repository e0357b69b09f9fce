import type { ReactNode } from "react";

/** A column: its heading, or a heading with a key (when not a plain string) and classes of its own. */
export type TableColumn = string | { key: string; label: ReactNode; className?: string };

/** A table's column headings in small capitals on a grey band: the tables of rows and fields in review. */
export function TableHead({ columns }: { columns: TableColumn[] }) {
  return (
    <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
      <tr>
        {columns.map((column) =>
          typeof column === "string" ? (
            <th key={column} scope="col" className="px-3 py-2">
              {column}
            </th>
          ) : (
            <th key={column.key} scope="col" className={`px-3 py-2 ${column.className ?? ""}`}>
              {column.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
