import Link from "next/link";
import { formatCount } from "@/lib/format";
import { KIND_LABEL, searchHref, type PageKind } from "./kinds";

/** "All · Papers 3 · Tasks 1 …": one link per kind with its count, the current one marked. */
export function SearchTabs({ query, totals, current }: { query: string; totals: { kind: PageKind; total: number }[]; current?: PageKind }) {
  const all = totals.reduce((sum, group) => sum + group.total, 0);
  const tabs = [{ kind: undefined, label: "All", total: all }, ...totals.map((g) => ({ kind: g.kind, label: KIND_LABEL[g.kind].many, total: g.total }))];
  return (
    <nav aria-label="Result kinds" className="-mx-4 mb-6 overflow-x-auto border-b border-slate-200 px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-1 text-sm">
        {tabs.map((tab) => {
          const isCurrent = tab.kind === current;
          return (
            <li key={tab.label}>
              <Link
                href={searchHref(query, tab.kind)}
                aria-current={isCurrent ? "page" : undefined}
                className={`-mb-px inline-flex items-center gap-1.5 whitespace-nowrap border-b-2 px-3 py-2 font-medium ${
                  isCurrent ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"
                }`}
              >
                {tab.label}
                <span className="tabular rounded-full bg-slate-100 px-1.5 text-xs text-slate-600">{formatCount(tab.total)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
