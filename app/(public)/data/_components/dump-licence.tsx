import { ATTRIBUTION, LICENCE } from "@/lib/dumps/licence";

export function DumpLicence() {
  return (
    <div className="space-y-3 text-sm leading-relaxed text-slate-700">
      <p>
        The data is published under the{" "}
        <a href={LICENCE.url} rel="license">
          Creative Commons Attribution-ShareAlike 4.0
        </a>{" "}
        licence: you may share and adapt it, also commercially, as long as you credit it and share what you make from it under the same licence. Credit it as:
      </p>
      <blockquote className="rounded-md border-l-4 border-brand-200 bg-slate-50 px-4 py-2 text-slate-800">{ATTRIBUTION}</blockquote>
      <p>
        The five files keep the archive&apos;s shapes, plain lists, so their licence travels in <a href="/data/manifest.json">manifest.json</a>, in each
        download&apos;s <code>Link</code> header and on this page.
      </p>
    </div>
  );
}
