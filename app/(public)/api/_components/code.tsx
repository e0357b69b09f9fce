import { codeRuns } from "@/lib/api/docs";

/** A block of code or JSON that scrolls sideways on a phone instead of overflowing. */
export function CodeBlock({ children, label }: { children: string; label?: string }) {
  return (
    <pre aria-label={label} tabIndex={0} className="max-h-[28rem] overflow-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100">
      <code>{children}</code>
    </pre>
  );
}

/** Inline code in prose. */
export function Code({ children }: { children: React.ReactNode }) {
  return <code className="rounded bg-slate-100 px-1 py-0.5 text-[0.8125rem] text-slate-800">{children}</code>;
}

/** A description whose `backticked` words are code. */
export function Prose({ text }: { text?: string }) {
  if (!text) return null;
  return <>{codeRuns(text).map((run, i) => (run.isCode ? <Code key={i}>{run.text}</Code> : run.text))}</>;
}
