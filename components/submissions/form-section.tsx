/** One numbered part of a long form, as a card: "1 Benchmark — the task and dataset…". */
export function FormSection({ step, title, description, children }: { step?: number; title: string; description?: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="mb-4 flex items-start gap-3">
        {step !== undefined && (
          <span aria-hidden className="grid h-7 w-7 shrink-0 place-items-center rounded-full bg-brand-600 text-sm font-semibold text-white">
            {step}
          </span>
        )}
        <div>
          <h2>{title}</h2>
          {description && <p className="text-sm text-slate-600">{description}</p>}
        </div>
      </div>
      {children}
    </section>
  );
}
