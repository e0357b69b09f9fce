import type { ReactNode } from "react";

/** The narrow, centred panel of /signin, /signup and /signout. */
export function AuthPanel({ title, subtitle, children, footer }: { title: string; subtitle?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md py-4 sm:py-10">
      <div className="mb-6 text-center">
        <h1>{title}</h1>
        {subtitle && <p className="mt-2 text-slate-600">{subtitle}</p>}
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-8">{children}</div>
      {footer && <div className="mt-6 text-center text-sm text-slate-600 [&_a:not([class])]:underline [&_a:not([class])]:underline-offset-2">{footer}</div>}
    </div>
  );
}
