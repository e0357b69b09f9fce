import Link from "next/link";

const TABLES_SHAPE = `[
{"categories": ["Computer Vision"], "task": "Object Detection", "description": "…", "synonyms": [], "source_link": null,
 "subtasks": [ … ],
 "datasets": [{"dataset": "COCO", "description": "…", "dataset_links": [{"title": "…", "url": "…"}], "dataset_citations": [],
   "sota": {"metrics": [], "rows": []},
   "subdatasets": [{"subdataset": "test-dev", "sota": {"metrics": ["box AP"],
     "rows": [{"model_name": "…", "metrics": {"box AP": "42.0"}, "paper_title": "…", "paper_url": "…",
               "paper_date": "2020-05-26", "code_links": [{"title": "official PyTorch", "url": "…"}],
               "model_links": [], "uses_additional_data": false}]}, …}]}]},
…
]`;

export function DumpFormats() {
  return (
    <div className="space-y-3 text-sm leading-relaxed text-slate-700">
      <p>
        <strong>evaluation-tables.json</strong> is a list with one top-level task per line. Values are kept as reported (&quot;0.8256 ±
        0.0031&quot;, &quot;91.2%&quot;); the format carries no metric direction. Importing it into an empty database (
        <code>npm run import -- evaluation-tables.json</code>) and writing it again gives the same file, byte for byte.
      </p>
      <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100">{TABLES_SHAPE}</pre>
      <p>
        <strong>papers.json</strong>, <strong>methods.json</strong> and <strong>datasets.json</strong> are one object each:{" "}
        <code>licence</code>, <code>licence_url</code>, <code>attribution</code>, <code>source</code>, then the list, one item per line.
        Their ids are those of the site&apos;s pages and of the <Link href="/api">API</Link>.
      </p>
      <p>
        The files are written again whenever the catalogue changes. Each download has an <code>ETag</code>: send it back as{" "}
        <code>If-None-Match</code> and an unchanged file is not sent again. A single leaderboard also downloads as CSV or JSON from its
        page.
      </p>
    </div>
  );
}
