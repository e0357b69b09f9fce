import type { ReactNode } from "react";

/** What a field's control needs to be tied to its label, hint and error. */
export type FieldControlProps = { id: string; "aria-describedby": string; "aria-invalid": true | undefined };

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 " +
  "focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-rose-500 aria-[invalid=true]:ring-rose-100";

/**
 * A visible label, an optional hint, the control, and its error as text right below it, announced
 * politely. The control comes from `children(props)`: an input, a select or a textarea.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mt-0.5 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <div className="mt-1">{children({ id, "aria-describedby": hint ? `${hintId} ${errorId}` : errorId, "aria-invalid": error ? true : undefined })}</div>
      <p id={errorId} aria-live="polite" className="mt-1 text-sm text-rose-700 empty:mt-0">
        {error}
      </p>
    </div>
  );
}

const MESSAGE_TONES = {
  error: "border-rose-200 bg-rose-50 text-rose-800",
  success: "border-emerald-200 bg-emerald-50 text-emerald-800",
} as const;

/**
 * A form's own message (not tied to one field), announced politely. The live region stays in the
 * page while empty (so that screen readers hear what appears); `className` applies only with a message.
 */
export function FormMessage({ tone = "error", className = "", children }: { tone?: keyof typeof MESSAGE_TONES; className?: string; children?: ReactNode }) {
  return (
    <div aria-live="polite" data-testid="form-message" className={children ? className : undefined}>
      {children && <p className={`rounded-md border px-3 py-2 text-sm ${MESSAGE_TONES[tone]}`}>{children}</p>}
    </div>
  );
}
