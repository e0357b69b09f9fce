import Link from "next/link";

const SECTIONS = [
  { key: "queue", href: "/moderation", label: "Queue" },
  { key: "log", href: "/moderation/log", label: "Audit log" },
  { key: "benchmarks", href: "/moderation/benchmarks", label: "Benchmarks" },
] as const;

/** The moderation area's sections, the current one marked. */
export function ModerationNav({ current }: { current: (typeof SECTIONS)[number]["key"] | null }) {
  return (
    <nav aria-label="Moderation" className="mb-5 border-b border-slate-200">
      <ul className="-mb-px flex gap-5 overflow-x-auto text-sm font-medium">
        {SECTIONS.map((section) => (
          <li key={section.key}>
            <Link
              href={section.href}
              aria-current={section.key === current ? "page" : undefined}
              className={`block whitespace-nowrap border-b-2 px-0.5 pb-2 ${
                section.key === current ? "border-brand-600 text-slate-900" : "border-transparent text-slate-500 hover:text-slate-800"
              }`}
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
