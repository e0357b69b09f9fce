"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type KeyboardEvent } from "react";
import { useDebouncedJson } from "@/components/submissions/use-debounced-json";
import type { SearchSuggestion } from "@/lib/data/search-suggestions";

const NONE: SearchSuggestion[] = [];

/**
 * The search input of a plain GET form (it works without JavaScript), with suggestions under it as one
 * types: the ARIA combobox pattern, arrow keys to move, Enter to open the one chosen (else the form
 * searches), Escape to close.
 */
export function SearchCombobox({
  id,
  className,
  ...input
}: {
  id: string;
  className: string;
  defaultValue?: string;
  placeholder: string;
  autoFocus?: boolean;
}) {
  const listId = useId();
  const router = useRouter();
  const [query, setQuery] = useState(input.defaultValue ?? "");
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const asked = query.trim().length >= 2 ? `/api/search-suggestions?${new URLSearchParams({ q: query.trim() })}` : null;
  const suggestions = useDebouncedJson(asked, { initial: NONE, empty: NONE, delayMs: 200 });
  const isShown = isOpen && suggestions.length > 0;
  const [lastSuggestions, setLastSuggestions] = useState(suggestions);
  if (suggestions !== lastSuggestions) {
    setLastSuggestions(suggestions);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (suggestions.length === 0) return;
      event.preventDefault();
      setIsOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      // Positions 0…n: the input itself, then each suggestion; moving past either end comes round.
      setActive((current) => ((current + 1 + step + suggestions.length + 1) % (suggestions.length + 1)) - 1);
    } else if (event.key === "Escape" && isShown) {
      event.preventDefault();
      setIsOpen(false);
      setActive(-1);
    } else if (event.key === "Enter" && isShown && active >= 0 && active < suggestions.length) {
      event.preventDefault();
      setIsOpen(false);
      router.push(suggestions[active].href);
    }
  }

  return (
    <div className="relative min-w-0 flex-1">
      <input
        id={id}
        name="q"
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={isShown}
        aria-controls={listId}
        aria-activedescendant={isShown && active >= 0 && active < suggestions.length ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setIsOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setIsOpen(true)}
        onBlur={() => setIsOpen(false)}
        placeholder={input.placeholder}
        autoFocus={input.autoFocus}
        className={className}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        hidden={!isShown}
        className="absolute left-0 right-0 z-30 mt-1 max-h-96 min-w-72 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-left shadow-lg"
      >
        {suggestions.map((suggestion, i) => (
          <li
            key={`${suggestion.kind} ${suggestion.href} ${suggestion.label}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // Pointer down before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              setIsOpen(false);
              router.push(suggestion.href);
            }}
            className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-brand-50" : "hover:bg-slate-50"}`}
          >
            <span className="block truncate text-sm font-medium text-slate-900">{suggestion.label}</span>
            <span className="block truncate text-xs text-slate-600">{suggestion.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
