"use client";

import { useEffect, useId, useState, type InputHTMLAttributes } from "react";
import { inputClass } from "@/components/ui/field";

type Suggestion = { value: string; label?: string };

const DEBOUNCE_MS = 200;

/** Suggestions from the catalogue for what is typed, fetched once typing pauses. */
function useSuggestions(kind: string, query: string, dataset = ""): Suggestion[] {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  useEffect(() => {
    if (!query.trim() && kind !== "subset") return setSuggestions([]);
    if (kind === "subset" && !dataset.trim()) return setSuggestions([]);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ kind, q: query.trim(), dataset: dataset.trim() });
      fetch(`/api/suggest?${params}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : []))
        .then((found: Suggestion[]) => setSuggestions(found))
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [kind, query, dataset]);
  return suggestions;
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
