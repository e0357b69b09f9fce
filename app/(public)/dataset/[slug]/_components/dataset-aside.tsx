import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { DatasetPage } from "@/lib/data/datasets";
import { formatDate } from "@/lib/format";

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return url;
  }
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{term}</dt>
      <dd className="mt-0.5 break-words text-sm text-slate-800">{children}</dd>
    </div>
  );
}

/** Where the dataset lives, under which licence, and what it holds. */
export function DatasetFacts({ dataset, className }: { dataset: DatasetPage; className: string }) {
  const links = [...dataset.links, ...dataset.citations];
  return (
    <Card title="About the dataset" className={className}>
      <dl className="space-y-3">
        {dataset.homepage && (
          <Fact term="Homepage">
            <a href={dataset.homepage} rel="nofollow noopener">
              {hostOf(dataset.homepage)}
            </a>
          </Fact>
        )}
        {dataset.fullName && dataset.fullName !== dataset.name && <Fact term="Full name">{dataset.fullName}</Fact>}
        {(dataset.introducedAt || dataset.paper) && (
          <Fact term="Introduced">
            {dataset.introducedAt && <span>{formatDate(dataset.introducedAt)} </span>}
            {dataset.paper &&
              (dataset.paper.url ? (
                <a href={dataset.paper.url} rel="nofollow noopener">
                  {dataset.paper.title || hostOf(dataset.paper.url)}
                </a>
              ) : (
                dataset.paper.title
              ))}
          </Fact>
        )}
        <Fact term="Licence">{dataset.licence || <span className="text-slate-500">Not stated</span>}</Fact>
        {dataset.modalities.length > 0 && (
          <Fact term="Modalities">
            <span className="flex flex-wrap gap-1.5">
              {dataset.modalities.map((m) => (
                <Badge key={m} tone="brand">
                  {m}
                </Badge>
              ))}
            </span>
          </Fact>
        )}
        {dataset.tasks.length > 0 && (
          <Fact term="Tasks">
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {dataset.tasks.map((task) => (
                <li key={task.slug}>
                  <Link href={`/task/${task.slug}`}>{task.name}</Link>
                </li>
              ))}
            </ul>
          </Fact>
        )}
        {dataset.languages.length > 0 && <Fact term="Languages">{dataset.languages.join(", ")}</Fact>}
        {dataset.variants.length > 0 && (
          <Fact term="Variants">
            <ul className="space-y-0.5">
              {dataset.variants.map((variant) => (
                <li key={variant}>{variant}</li>
              ))}
            </ul>
          </Fact>
        )}
        {dataset.parent && (
          <Fact term="Subset of">
            <Link href={`/dataset/${dataset.parent.slug}`}>{dataset.parent.name}</Link>
          </Fact>
        )}
        {links.length > 0 && (
          <Fact term="Links">
            <ul className="space-y-1">
              {links.map((link) => (
                <li key={link.url}>
                  <a href={link.url} rel="nofollow noopener">
                    {link.title || hostOf(link.url)}
                  </a>
                </li>
              ))}
            </ul>
          </Fact>
        )}
      </dl>
    </Card>
  );
}

/** The dataset's subsets, when it has any. */
export function DatasetSubsets({ dataset, className }: { dataset: DatasetPage; className: string }) {
  if (dataset.subsets.length === 0) return null;
  return (
    <Card title="Subsets" aside={dataset.subsets.length} className={className}>
      <ul aria-label="Subsets" className="space-y-3">
        {dataset.subsets.map((subset) => (
          <li key={subset.slug}>
            <Link href={`/dataset/${subset.slug}`} className="font-medium">
              {subset.name}
            </Link>
            {subset.description && <p className="text-sm text-slate-600">{subset.description}</p>}
          </li>
        ))}
      </ul>
    </Card>
  );
}
