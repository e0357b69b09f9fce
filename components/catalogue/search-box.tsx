import { SearchCombobox } from "./search-combobox";

const SIZES = {
  md: { input: "py-2 text-sm", button: "px-3 text-sm" },
  lg: { input: "py-3 text-base", button: "px-5 text-base" },
} as const;

/** A search form for the whole catalogue: it opens /search?q=…. */
export function SearchBox({
  id,
  defaultValue = "",
  size = "md",
  label = "Search models, leaderboards, papers, tasks, datasets and methods",
  autoFocus = false,
}: {
  id: string;
  defaultValue?: string;
  size?: keyof typeof SIZES;
  label?: string;
  autoFocus?: boolean;
}) {
  return (
    <form action="/search" role="search" className="flex w-full gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <SearchCombobox
        id={id}
        defaultValue={defaultValue}
        autoFocus={autoFocus}
        placeholder="Models, papers, tasks, datasets, arXiv ids…"
        className={`w-full rounded-md border border-slate-300 bg-white px-3 shadow-sm placeholder:text-slate-400 focus:border-brand-500 ${SIZES[size].input}`}
      />
      <button type="submit" className={`rounded-md bg-brand-600 font-medium text-white shadow-sm hover:bg-brand-700 ${SIZES[size].button}`}>
        Search
      </button>
    </form>
  );
}
