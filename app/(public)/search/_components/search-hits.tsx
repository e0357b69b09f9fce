import Link from "next/link";
import { Highlighted } from "@/components/catalogue/highlighted";
import type { SearchHit } from "@/lib/search";
import { KIND_LABEL } from "./kinds";

/** Hits of one kind: highlighted title, short facts, and the matching passage. */
export function SearchHits({ hits }: { hits: SearchHit[] }) {
  return (
    <ul className="divide-y divide-slate-100">
      {hits.map((hit) => (
        <li key={hit.id} className="py-3 first:pt-0 last:pb-0">
          <Link href={`${KIND_LABEL[hit.kind].path}${hit.slug}`} className="font-medium">
            <Highlighted runs={hit.title} />
          </Link>
          {hit.context.length > 0 && <p className="text-sm text-slate-500">{hit.context.join(" · ")}</p>}
          {hit.snippet.length > 0 && (
            <p className="mt-1 text-sm text-slate-700">
              <Highlighted runs={hit.snippet} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
