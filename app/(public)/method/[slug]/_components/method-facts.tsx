import { Badge } from "@/components/ui/badge";
import type { MethodPage } from "@/lib/data/methods";

/** Where the method stands in the archive's collections and areas, its year, source and code. */
export function MethodFacts({ method }: { method: MethodPage }) {
  const source = method.sourceUrl && (
    <a href={method.sourceUrl} className="text-brand-700 underline" rel="nofollow">
      {method.sourceTitle || method.sourceUrl}
    </a>
  );
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-[10rem_1fr]" data-testid="method-facts">
      {method.collections.length > 0 && (
        <>
          <dt className="font-medium text-slate-500">Collections</dt>
          <dd>
            <ul className="flex flex-wrap gap-2">
              {method.collections.map(({ collection, area }) => (
                <li key={collection} className="flex items-center gap-1">
                  <Badge tone="brand">{collection}</Badge>
                  {area && <span className="text-slate-500">in {area}</span>}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {method.introducedYear && (
        <>
          <dt className="font-medium text-slate-500">Introduced</dt>
          <dd>{method.introducedYear}</dd>
        </>
      )}
      {source && (
        <>
          <dt className="font-medium text-slate-500">Source</dt>
          <dd>{source}</dd>
        </>
      )}
      {method.codeSnippetUrl && (
        <>
          <dt className="font-medium text-slate-500">Code</dt>
          <dd>
            <a href={method.codeSnippetUrl} className="break-all text-brand-700 underline" rel="nofollow">
              {method.codeSnippetUrl}
            </a>
          </dd>
        </>
      )}
    </dl>
  );
}

export function hasMethodFacts(method: MethodPage): boolean {
  return method.collections.length > 0 || Boolean(method.introducedYear || method.sourceUrl || method.codeSnippetUrl);
}
