import Link from "next/link";

type Crumb = { href: string; label: string };

/** A page's title block: breadcrumbs, the title, one line of context, and actions on the right. */
export function PageHeader({
  title,
  crumbs = [],
  subtitle,
  actions,
}: {
  title: React.ReactNode;
  crumbs?: Crumb[];
  subtitle?: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div className="min-w-0">
        {crumbs.length > 0 && (
          <nav aria-label="Breadcrumb" className="mb-1 text-sm text-slate-500">
            <ol className="flex flex-wrap gap-1">
              {crumbs.map((crumb) => (
                <li key={crumb.href} className="after:ml-1 after:content-['/'] last:after:content-none">
                  <Link href={crumb.href} className="text-slate-500 hover:text-slate-800">
                    {crumb.label}
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <h1 className="break-words">{title}</h1>
        {subtitle && <div className="mt-1 text-slate-600 [&_a:not([class])]:underline [&_a:not([class])]:underline-offset-2">{subtitle}</div>}
      </div>
      {actions && <div className="flex shrink-0 flex-wrap gap-2">{actions}</div>}
    </div>
  );
}
