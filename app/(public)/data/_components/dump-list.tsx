import { buttonClass } from "@/components/ui/button-link";
import type { DumpManifest } from "@/lib/dumps/store";
import type { DumpFile } from "@/lib/dumps/writers";
import { formatBytes } from "@/lib/format";

const DESCRIPTIONS: Record<DumpFile, { title: string; text: string }> = {
  "papers-with-abstracts.json": {
    title: "Papers",
    text: "Every paper: title, abstract, authors, date, arXiv id, proceeding, links, the tasks it addresses and the methods it uses.",
  },
  "links-between-papers-and-code.json": {
    title: "Links between papers and code",
    text: "Every code repository of a paper: official or not, framework, where the link was found, and stars where known.",
  },
  "methods.json": { title: "Methods", text: "Every method: full name, description, the paper that introduced it, its collections and areas." },
  "datasets.json": { title: "Datasets", text: "Every dataset: full name, homepage, description, paper, modalities, tasks, languages and variants." },
  "evaluation-tables.json": {
    title: "Leaderboards",
    text:
      "Every benchmark with its metrics and approved results: the task tree with subtasks, datasets with their subsets, links and " +
      "citations, and each row's values as reported, with uses_additional_data, its settings, size and cost, trust level and contest.",
  },
};

export function DumpList({ files }: { files: DumpManifest["files"] }) {
  return (
    <ul className="divide-y divide-slate-200">
      {files.map(({ file, bytes, gzip }) => (
        <li key={file} className="flex flex-col gap-2 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
          <div className="min-w-0">
            <h3 className="text-base font-semibold text-slate-900">{DESCRIPTIONS[file].title}</h3>
            <p className="font-mono text-xs text-slate-500">{file}</p>
            <p className="mt-1 text-sm text-slate-600">{DESCRIPTIONS[file].text}</p>
          </div>
          <div className="flex shrink-0 flex-col gap-2 self-start sm:items-end">
            <a href={`/data/${gzip.file}`} download className={`${buttonClass.secondary} whitespace-nowrap`}>
              .json.gz · {formatBytes(gzip.bytes)}
            </a>
            <a href={`/data/${file}`} download className="text-xs text-brand-700 underline whitespace-nowrap">
              .json · {formatBytes(bytes)}
            </a>
          </div>
        </li>
      ))}
    </ul>
  );
}
