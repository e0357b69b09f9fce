import Link from "next/link";
import { SearchBox } from "./search-box";

const PLACES = [
  { href: "/tasks", label: "Tasks" },
  { href: "/sota", label: "Leaderboards" },
  { href: "/datasets", label: "Datasets" },
  { href: "/papers", label: "Papers" },
  { href: "/methods", label: "Methods" },
];

/** A 404 that helps: say what happened, offer a search and the main lists. */
export function NotFoundPanel() {
  return (
    <div className="mx-auto max-w-2xl py-8 text-center sm:py-16" data-testid="not-found">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-600">404</p>
      <h1 className="mt-2">This page is not in the catalogue</h1>
      <p className="mt-3 text-slate-600">
        The address may be mistyped, or what it named was renamed or removed. Search for it, or start from one of the lists.
      </p>
      <div className="mx-auto mt-6 max-w-lg text-left">
        <SearchBox id="not-found-search" />
      </div>
      <ul className="mt-6 flex flex-wrap justify-center gap-x-5 gap-y-2 text-sm font-medium">
        {PLACES.map((place) => (
          <li key={place.href}>
            <Link href={place.href}>{place.label}</Link>
          </li>
        ))}
        <li>
          <Link href="/">Home</Link>
        </li>
      </ul>
    </div>
  );
}
