/** A vertical list of events, oldest or newest first as the caller orders them. */
export function Timeline({ children, testId }: { children: React.ReactNode; testId?: string }) {
  return (
    <ol className="ml-1.5 border-l border-slate-200" data-testid={testId}>
      {children}
    </ol>
  );
}

/** One event: what happened (bold), who and when (muted), then any detail. */
export function TimelineItem({
  title,
  meta,
  children,
  testId,
}: {
  title: React.ReactNode;
  meta: React.ReactNode;
  children?: React.ReactNode;
  testId?: string;
}) {
  return (
    <li className="relative pb-4 pl-5 last:pb-0" data-testid={testId}>
      <span aria-hidden className="absolute top-1.5 -left-[5px] h-2.5 w-2.5 rounded-full bg-brand-500 ring-4 ring-white" />
      <p className="text-sm">
        <span className="font-medium text-slate-900">{title}</span> <span className="text-slate-500">{meta}</span>
      </p>
      {children}
    </li>
  );
}

/** A reason quoted under an event. */
export function TimelineReason({ children }: { children: React.ReactNode }) {
  return <p className="mt-0.5 text-sm text-slate-700 [overflow-wrap:anywhere]">“{children}”</p>;
}

/** A user's report that a moderator acted on, quoted and labelled as the report, apart from the moderator's reason. */
export function ReportQuote({ report }: { report: string }) {
  return (
    <p className="mt-1 text-sm text-slate-600 [overflow-wrap:anywhere]" data-testid="report-quote">
      <span className="font-medium">The report:</span> “{report}”
    </p>
  );
}
