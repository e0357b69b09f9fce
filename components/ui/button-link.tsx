import Link from "next/link";

const VARIANTS = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 hover:text-white",
  secondary: "bg-white text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 hover:text-slate-900",
} as const;

/** A link that looks like a button: "Submit a result", "Export CSV". */
export function ButtonLink({
  href,
  variant = "secondary",
  children,
  download,
  prefetch,
}: {
  href: string;
  variant?: keyof typeof VARIANTS;
  children: React.ReactNode;
  download?: boolean;
  /** False on a page that changes what the link shows: a render prefetched before the change is shared with the visit after it. */
  prefetch?: false;
}) {
  const className = `inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium ${VARIANTS[variant]}`;
  return download ? (
    <a href={href} download className={className}>
      {children}
    </a>
  ) : (
    <Link href={href} prefetch={prefetch} className={className}>
      {children}
    </Link>
  );
}

export const buttonClass = {
  primary: `inline-flex items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-50 ${VARIANTS.primary}`,
  secondary: `inline-flex items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-50 ${VARIANTS.secondary}`,
  /** Rejecting, retracting: what takes something away. */
  danger:
    "inline-flex items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-50 bg-rose-600 text-white hover:bg-rose-700",
};
