import Link from "next/link";
import { AccountMenuWithUnread } from "@/components/account-menu-with-unread";
import { InboxLink } from "@/components/follow/inbox-link";
import { SearchCombobox } from "@/components/catalogue/search-combobox";

const NAV = [
  { href: "/tasks", label: "Tasks" },
  { href: "/sota", label: "SotA" },
  { href: "/datasets", label: "Datasets" },
  { href: "/papers", label: "Papers" },
  { href: "/methods", label: "Methods" },
  { href: "/submit", label: "Submit" },
  { href: "/about", label: "About" },
];

/** The same for every visitor, so that public pages stay cacheable; the account menu fills in on the client. */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900 hover:text-slate-900">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-xs font-bold text-white">
            PwC
          </span>
          <span>Papers With Code 2</span>
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="whitespace-nowrap text-slate-600 hover:text-slate-900">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action="/search" role="search" className="ml-auto hidden md:block">
          <label htmlFor="site-search" className="sr-only">
            Search models, leaderboards, papers, tasks, datasets and methods
          </label>
          <SearchCombobox
            id="site-search"
            placeholder="Search models, papers, tasks…"
            className="w-56 rounded-md border border-slate-300 bg-slate-50 px-3 py-1.5 text-sm placeholder:text-slate-400 focus:bg-white"
          />
        </form>
        <Link href="/search" aria-label="Search" className="ml-auto rounded-md p-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900 md:hidden">
          <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5">
            <path
              fillRule="evenodd"
              d="M9 3.5a5.5 5.5 0 1 0 3.3 9.9l3.65 3.65a.75.75 0 1 0 1.06-1.06l-3.65-3.65A5.5 5.5 0 0 0 9 3.5ZM5 9a4 4 0 1 1 8 0 4 4 0 0 1-8 0Z"
              clipRule="evenodd"
            />
          </svg>
        </Link>
        <div className="ml-auto flex items-center">
          <InboxLink />
          <AccountMenuWithUnread />
        </div>
      </div>
    </header>
  );
}
