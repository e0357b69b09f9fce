"use client";

import { useId, type InputHTMLAttributes } from "react";
import { inputClass } from "@/components/ui/field";
import { useDebouncedJson } from "./use-debounced-json";

type Suggestion = { value: string; label?: string };

const NONE: Suggestion[] = [];

/** Suggestions from the catalogue for what is typed, fetched once typing pauses. */
function useSuggestions(kind: string, query: string, dataset = ""): Suggestion[] {
  const isAsked = kind === "subset" ? Boolean(dataset.trim()) : Boolean(query.trim());
  const params = new URLSearchParams({ kind, q: query.trim(), dataset: dataset.trim() });
  return useDebouncedJson(isAsked ? `/api/suggest?${params}` : null, { initial: NONE, empty: NONE, delayMs: 200 });
}

/**
 * A text input with the catalogue's suggestions as a native <datalist>: the browser shows them as
 * the user types and picks one with the keyboard or the pointer; anything else may be typed too.
 */
export function SuggestInput({
  kind,
  query,
  dataset,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { kind: "task" | "dataset" | "subset" | "paper"; query: string; dataset?: string }) {
  const listId = useId();
  const suggestions = useSuggestions(kind, query, dataset);
  return (
    <>
      <input type="text" autoComplete="off" list={listId} className={inputClass} {...input} />
      <datalist id={listId} data-testid={`suggestions-${kind}`}>
        {suggestions.map((suggestion) => (
          <option key={suggestion.value} value={suggestion.value} label={suggestion.label} />
        ))}
      </datalist>
    </>
  );
}
