import Link from "next/link";
import type { PaperDetail } from "@/lib/data/papers";
import { formatCount } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PaperList } from "./related-papers";

function LinkList({ items, base }: { items: { slug: string; name: string }[]; base: string }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {items.map((item) => (
        <li key={item.slug}>
          <Link
            href={`${base}/${item.slug}`}
            className="inline-block rounded-md bg-slate-100 px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-200 hover:text-slate-900"
          >
            {item.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Code repositories, datasets, methods and related papers, beside the abstract and results. */
export function PaperAside({ paper }: { paper: PaperDetail }) {
  return (
    <aside className="space-y-6">
      <Card title="Code">
        {paper.repositories.length === 0 ? (
          <p className="text-sm text-slate-500">No code linked yet.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {paper.repositories.map((repo) => (
              <li key={repo.url} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <a href={repo.url} rel="noopener nofollow" className="font-medium [overflow-wrap:anywhere]">
                  {repo.url.replace(/^https?:\/\/(www\.)?(github\.com\/)?/, "")}
                </a>
                {repo.isOfficial && <Badge tone="green">official</Badge>}
                {repo.framework && <span className="text-xs text-slate-500">{repo.framework}</span>}
                {repo.stars !== null && <span className="text-xs text-slate-500">★ {formatCount(repo.stars)}</span>}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {paper.datasets.length > 0 && (
        <Card title="Datasets">
          <LinkList items={paper.datasets} base="/dataset" />
        </Card>
      )}
      {paper.methods.length > 0 && (
        <Card title="Methods used">
          <LinkList items={paper.methods} base="/method" />
        </Card>
      )}
      {paper.related.length > 0 && (
        <Card title="Related papers" aside="sharing its tasks or datasets, newest first">
          <PaperList papers={paper.related} />
        </Card>
      )}
    </aside>
  );
}
