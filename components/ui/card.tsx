/** A white panel with an optional heading (and something beside it): the building block of detail pages. */
export function Card({
  title,
  aside,
  children,
  className = "",
}: {
  title?: React.ReactNode;
  aside?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-label={typeof title === "string" ? title : undefined}
      className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 ${className}`}
    >
      {title && (
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2>{title}</h2>
          {aside && <div className="text-sm text-slate-500">{aside}</div>}
        </div>
      )}
      {children}
    </section>
  );
}
