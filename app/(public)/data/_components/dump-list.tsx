import { buttonClass } from "@/components/ui/button-link";
import type { DumpManifest } from "@/lib/dumps/store";
import type { DumpFile } from "@/lib/dumps/writers";
import { formatBytes } from "@/lib/format";

const DESCRIPTIONS: Record<DumpFile, { title: string; text: string }> = {
  "evaluation-tables.json": {
    title: "Leaderboards",
    text:
      "Every benchmark with its metrics and approved results, in the Papers with Code archive's format: the task tree with subtasks, " +
      "datasets with their subsets, links and citations, and each row's values as reported, with uses_additional_data.",
  },
  "papers.json": {
    title: "Papers",
    text: "Every paper: title, authors, abstract, date, arXiv id, venue, links, code repositories, and the tasks, datasets and methods it names.",
  },
  "methods.json": { title: "Methods", text: "Every method: name, full name, category, description and the paper that introduced it." },
  "datasets.json": { title: "Datasets", text: "Every dataset and subset: description, homepage, licence, modalities, links and citations." },
};

export function DumpList({ files }: { files: DumpManifest["files"] }) {
  return (
    <ul className="divide-y divide-slate-200">
      {files.map(({ file, bytes }) => (
        <li key={file} className="flex flex-col gap-2 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
          <div className="min-w-0">
            <h3 className="text-base font-semibold text-slate-900">{DESCRIPTIONS[file].title}</h3>
            <p className="font-mono text-xs text-slate-500">{file}</p>
            <p className="mt-1 text-sm text-slate-600">{DESCRIPTIONS[file].text}</p>
          </div>
          <a href={`/data/${file}`} download className={`${buttonClass.secondary} shrink-0 self-start whitespace-nowrap`}>
            Download · {formatBytes(bytes)}
          </a>
        </li>
      ))}
    </ul>
  );
}
