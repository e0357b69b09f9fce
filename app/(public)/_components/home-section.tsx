import Link from "next/link";

/** A titled part of the home page with a link to the whole list it samples. */
export function HomeSection({ id, title, more, children }: { id: string; title: string; more: { href: string; label: string }; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <div className="mb-3 flex items-baseline justify-between gap-4">
        <h2 id={id}>{title}</h2>
        <Link href={more.href} className="text-sm">
          {more.label} →
        </Link>
      </div>
      {children}
    </section>
  );
}
