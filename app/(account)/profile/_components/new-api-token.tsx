"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/button-link";
import type { ShownApiToken } from "@/lib/actions/create-api-token";

/** A token just created, shown this once with a copy button: only its hash is kept. */
export function NewApiToken({ token, onDone }: { token: ShownApiToken; onDone: () => void }) {
  const [copied, setCopied] = useState<boolean | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token.value);
      setCopied(true);
    } catch {
      // No clipboard (an old browser, a denied permission): the field is selected for a manual copy.
      document.getElementById("new-api-token-value")?.focus();
      setCopied(false);
    }
  }

  return (
    <div data-testid="new-api-token" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
      <p className="font-medium text-emerald-900">Your new token “{token.name}”</p>
      <p className="mt-0.5 text-emerald-800">Copy it now: it will not be shown again.</p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <label htmlFor="new-api-token-value" className="sr-only">
          New API token
        </label>
        <input
          id="new-api-token-value"
          readOnly
          value={token.value}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-3 py-1.5 font-mono text-xs text-slate-900"
        />
        <div className="flex gap-2">
          <button type="button" onClick={copy} className={buttonClass.secondary}>
            {copied ? "Copied" : "Copy"}
          </button>
          <button type="button" onClick={onDone} className={buttonClass.secondary}>
            Done
          </button>
        </div>
      </div>
      <p aria-live="polite" className="mt-1 text-emerald-800 empty:hidden">
        {copied === true ? "Copied to the clipboard." : copied === false ? "Copying is not allowed here: the token is selected, copy it yourself." : ""}
      </p>
    </div>
  );
}
