import Link from "next/link";

const TABLES_SHAPE = `[
{"categories": ["Computer Vision"], "task": "Object Detection", "description": "…", "synonyms": [], "source_link": null,
 "subtasks": [ … ],
 "datasets": [{"dataset": "COCO", "description": "…", "dataset_links": [{"title": "…", "url": "…"}], "dataset_citations": [],
   "sota": {"metrics": [], "rows": []},
   "subdatasets": [{"subdataset": "test-dev", "sota": {"metrics": ["box AP"],
     "rows": [{"model_name": "…", "metrics": {"box AP": "42.0"}, "paper_title": "…", "paper_url": "…",
               "paper_date": "2020-05-26", "code_links": [{"title": "official PyTorch", "url": "…"}],
               "model_links": [], "uses_additional_data": false,
               "settings": {"ensemble": "no"}, "setting_notes": "", "params": 41000000, "training_compute": null,
               "inference_cost": null, "trust": "code", "contested": false, "contest": null}]}, …}]}]},
…
]`;

const PAPER_SHAPE = `{"paper_url": "https://paperswithcode.com/paper/…", "arxiv_id": "1706.03762", "title": "…", "abstract": "…",
 "url_abs": "https://arxiv.org/abs/1706.03762", "url_pdf": "https://arxiv.org/pdf/1706.03762", "proceeding": "NeurIPS 2017 12",
 "authors": ["…"], "tasks": ["Machine Translation"], "date": "2017-06-12",
 "methods": [{"name": "…", "full_name": "…", "description": "…", "introduced_year": 2017, "source_url": "…", "source_title": "…",
              "code_snippet_url": null, "main_collection": {"name": "Transformers", "description": "", "parent": null, "area": "…"}}]}`;

export function DumpFormats() {
  return (
    <div className="space-y-3 text-sm leading-relaxed text-slate-700">
      <p>
        The five files of the Papers with Code archive, under its names and in its shapes, so that scripts written for the archive run unchanged: each is a
        list, one item per line, plain (<code>.json</code>) or gzipped (<code>.json.gz</code>). Ids in the archive&apos;s <code>paper_url</code>,{" "}
        <code>url</code> fields keep the <code>paperswithcode.com</code> form the scripts expect. What this site adds (where the files come from, their licence,
        sizes and SHA-256 hashes) is in <a href="/data/manifest.json">manifest.json</a> beside them.
      </p>
      <p>
        <strong>papers-with-abstracts.json</strong>, one paper a line:
      </p>
      <pre tabIndex={0} className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100">
        {PAPER_SHAPE}
      </pre>
      <p>
        <strong>links-between-papers-and-code.json</strong>: <code>paper_url</code>, <code>paper_title</code>, <code>paper_arxiv_id</code>,{" "}
        <code>paper_url_abs</code>, <code>paper_url_pdf</code>, <code>repo_url</code>, <code>is_official</code>, <code>mentioned_in_paper</code>,{" "}
        <code>mentioned_in_github</code>, <code>framework</code> (and <code>stars</code> where known). <strong>methods.json</strong>: <code>url</code>,{" "}
        <code>name</code>, <code>full_name</code>, <code>description</code>, <code>paper</code>, <code>introduced_year</code>, <code>source_url</code>,{" "}
        <code>source_title</code>, <code>code_snippet_url</code>, <code>num_papers</code>, <code>collections</code>. <strong>datasets.json</strong>:{" "}
        <code>url</code>, <code>name</code>, <code>full_name</code>, <code>homepage</code>, <code>description</code>, <code>paper</code>,{" "}
        <code>introduced_date</code>, <code>modalities</code>, <code>tasks</code>, <code>languages</code>, <code>variants</code>, <code>num_papers</code>.
      </p>
      <p>
        <strong>evaluation-tables.json</strong> is a list with one top-level task per line. Values are kept as reported (&quot;0.8256 ± 0.0031&quot;,
        &quot;91.2%&quot;); the format carries no metric direction. After the archive&apos;s keys each row has keys of its own, which the archive&apos;s scripts
        ignore: <code>settings</code> (the row&apos;s comparison settings; a setting it does not name is unknown), <code>setting_notes</code>,{" "}
        <code>params</code>, <code>training_compute</code> and <code>inference_cost</code> (numbers or null), its <code>trust</code> level,{" "}
        <code>contested</code>, and <code>contest</code> (the latest contest about it: <code>status</code>, <code>reason</code>, <code>settled_reason</code>,{" "}
        <code>settled_on</code>). The import reads settings and axes back; trust and contests stay this site&apos;s.
      </p>
      <pre tabIndex={0} className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100">
        {TABLES_SHAPE}
      </pre>
      <p>
        <code>npm run import -- FILE…</code> reads any of the five, plain or gzipped; importing them into an empty database and writing them again gives the
        same files, byte for byte. The files are written again whenever the catalogue changes. Each download has an <code>ETag</code>: send it back as{" "}
        <code>If-None-Match</code> and an unchanged file is not sent again. A single leaderboard also downloads as CSV or JSON from its page, and everything
        reads through the <Link href="/api">API</Link>.
      </p>
    </div>
  );
}
