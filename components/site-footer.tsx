import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white text-sm text-slate-500">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 sm:flex-row sm:justify-between sm:px-6">
        <p>
          Papers With Code 2 — a community-kept catalogue of machine-learning results. Data under{" "}
          <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">
            CC-BY-SA 4.0
          </a>
          .
        </p>
        <nav aria-label="Footer" className="flex flex-wrap gap-x-4 gap-y-1">
          <Link href="/about">About &amp; licence</Link>
          <Link href="/log">Approvals log</Link>
          <Link href="/data">Data</Link>
          <Link href="/api">API</Link>
          <Link href="/search">Search</Link>
        </nav>
      </div>
    </footer>
  );
}
