"use client";

import { useId, useState } from "react";

type Area = { slug: string; name: string };

/** CSS-safe text inside a double-quoted attribute selector. */
function quoted(text: string): string {
  return `"${text.replace(/["\\]/g, "\\$&").replace(/\n/g, " ")}"`;
}

/**
 * Filters the server-rendered /sota list (marked with data-sota-* attributes) by area and text.
 * It writes CSS rules instead of re-rendering the list, so the page stays one cached HTML document.
 */
export function SotaFilter({ areas }: { areas: Area[] }) {
  const [query, setQuery] = useState("");
  const [area, setArea] = useState<string | null>(null);
  const inputId = useId();
  const text = query.trim().toLowerCase();
  const matchText = text ? `[data-search*=${quoted(text)} i]` : "";
  const match = `${area ? `[data-sota-area="${area}"] ` : ""}[data-sota-item]${matchText}`;
  const rules = [
    text && `[data-sota-item]:not(${matchText}){display:none}`,
    text && `[data-sota-task]:not(:has([data-sota-item]${matchText})){display:none}`,
    text && `[data-sota-area]:not(:has([data-sota-item]${matchText})){display:none}`,
    area && `[data-sota-area]:not([data-sota-area="${area}"]){display:none}`,
    `[data-sota-list]:not(:has(${match})) ~ [data-sota-empty]{display:block}`,
  ].filter(Boolean);
  const chip = (isOn: boolean) =>
    `rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset ${isOn ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`;

  return (
    <div className="mb-6 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm md:flex-row md:items-center">
      <style>{rules.join("\n")}</style>
      <label htmlFor={inputId} className="sr-only">
        Filter benchmarks by task, dataset or model
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Filter by task, dataset or model…"
        className="w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm placeholder:text-slate-400 md:max-w-xs"
      />
      <div role="group" aria-label="Area" className="flex flex-wrap gap-2">
        <button type="button" className={chip(area === null)} aria-pressed={area === null} onClick={() => setArea(null)}>
          All areas
        </button>
        {areas.map((a) => (
          <button key={a.slug} type="button" className={chip(area === a.slug)} aria-pressed={area === a.slug} onClick={() => setArea(a.slug)}>
            {a.name}
          </button>
        ))}
      </div>
    </div>
  );
}
