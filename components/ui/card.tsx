/** A white panel with an optional heading: the building block of detail pages. */
export function Card({ title, children, className = "" }: { title?: React.ReactNode; children: React.ReactNode; className?: string }) {
  return (
    <section className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 ${className}`}>
      {title && <h2 className="mb-3">{title}</h2>}
      {children}
    </section>
  );
}
