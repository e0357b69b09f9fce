"use client";

import { useState } from "react";

/** Copies `text` to the clipboard and says so, for screen readers too. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  }
  return (
    <button
      type="button"
      onClick={copy}
      className="inline-flex items-center gap-1.5 rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
    >
      {label}
      <span aria-live="polite" className="text-emerald-700">
        {copied ? "Copied" : ""}
      </span>
    </button>
  );
}
