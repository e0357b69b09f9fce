import Link from "next/link";
import { searchHref } from "./kinds";

const EXAMPLES = ["residual learning", "question answering", "ImageNet", "ResNet", "BERT", "arXiv:1512.03385"];

/** What a search looks through, with example queries: shown before anything is asked. */
export function SearchIntro() {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm" data-testid="search-intro">
      <p className="text-slate-700">
        Search finds models by the names results give them, leaderboards by task, dataset or model, papers by title, author or abstract (or straight by arXiv id
        or DOI), tasks by name or synonym, datasets and their subsets, and methods. Every word counts, and each matches as the start of a word.
      </p>
      <p className="mt-4 text-sm text-slate-500">Try:</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {EXAMPLES.map((example) => (
          <li key={example}>
            <Link
              href={searchHref(example)}
              className="inline-block rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-700 hover:bg-brand-50 hover:text-brand-700"
            >
              {example}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
