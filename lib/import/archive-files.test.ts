import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { lastExpiry } from "@/lib/cache/tag-store.js";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { databaseProvider } from "@/lib/database-url";
import { searchCatalogue } from "@/lib/search";
import { resetDatabase } from "@/lib/test/reset-database";
import { kindOfElement, kindOfName } from "./archive-files";
import { importPwcFiles } from "./import-pwc";

const scratch = mkdtempSync(path.join(tmpdir(), "pwc-archive-files-"));
function write(name: string, content: unknown): string {
  const file = path.join(scratch, name);
  const text = JSON.stringify(content, null, 1);
  writeFileSync(file, name.endsWith(".gz") ? gzipSync(text) : text);
  return file;
}

const PAPER = {
  paper_url: "https://paperswithcode.com/paper/attention-is-all-you-need",
  arxiv_id: "1706.03762",
  nips_id: null,
  title: "Attention Is All You Need",
  abstract: "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.",
  url_abs: "http://arxiv.org/abs/1706.03762v5",
  url_pdf: "http://arxiv.org/pdf/1706.03762v5.pdf",
  proceeding: "NeurIPS 2017 12",
  authors: ["Ashish Vaswani", "Noam Shazeer"],
  tasks: ["Machine Translation"],
  date: "2017-06-12",
  methods: [
    {
      name: "Multi-Head Attention",
      full_name: "Multi-Head Attention",
      description: "Runs an attention mechanism several times in parallel.",
      introduced_year: 2000,
      source_url: "http://arxiv.org/abs/1706.03762v5",
      source_title: "Attention Is All You Need",
      code_snippet_url: null,
      main_collection: { name: "Attention Modules", description: "…", parent: "Attention", area: "General" },
    },
  ],
};
const LINK = {
  paper_url: "https://paperswithcode.com/paper/attention-is-all-you-need",
  paper_title: "Attention Is All You Need",
  paper_arxiv_id: "1706.03762",
  paper_url_abs: "http://arxiv.org/abs/1706.03762v5",
  paper_url_pdf: "http://arxiv.org/pdf/1706.03762v5.pdf",
  repo_url: "https://github.com/tensorflow/tensor2tensor",
  is_official: true,
  mentioned_in_paper: true,
  mentioned_in_github: true,
  framework: "tf",
  stars: 14800,
};
const METHOD = {
  url: "https://paperswithcode.com/method/transformer",
  name: "Transformer",
  full_name: "Transformer",
  description: "A **Transformer** is a model architecture that relies on attention.",
  paper: { title: "Attention Is All You Need", url: "https://paperswithcode.com/paper/attention-is-all-you-need" },
  introduced_year: 2017,
  source_url: "http://arxiv.org/abs/1706.03762v5",
  source_title: "Attention Is All You Need",
  code_snippet_url: null,
  num_papers: 14004,
  collections: [{ collection: "Transformers", area_id: "natural-language-processing", area: "Natural Language Processing" }],
};
const DATASET = {
  url: "https://paperswithcode.com/dataset/wmt-2014",
  name: "WMT 2014",
  full_name: "Workshop on Statistical Machine Translation 2014",
  homepage: "https://www.statmt.org/wmt14/",
  description: "**WMT 2014** is a collection of datasets used in shared tasks.",
  paper: null,
  introduced_date: "2014-06-01",
  warning: null,
  modalities: ["Texts"],
  tasks: [{ task: "Machine Translation", url: "https://paperswithcode.com/task/machine-translation" }],
  languages: ["English", "German"],
  variants: ["WMT 2014 English-German", "WMT 2014 English-French"],
  num_papers: 1400,
  data_loaders: [],
};

beforeEach(resetDatabase);

describe("recognising a file", () => {
  it("by its name, plain or gzipped, and by its first element", () => {
    expect(kindOfName("/x/papers-with-abstracts.json.gz")).toBe("papers");
    expect(kindOfName("pwc2-links-between-papers-and-code.json")).toBe("links");
    expect(kindOfName("squad.json")).toBeNull();
    expect([PAPER, LINK, METHOD, DATASET, { task: "T", datasets: [] }].map(kindOfElement)).toEqual([
      "papers",
      "links",
      "methods",
      "datasets",
      "evaluation-tables",
    ]);
  });

  it("refuses a file whose name and content disagree, and writes nothing", async () => {
    await expect(importPwcFiles([write("methods.json", [PAPER])])).rejects.toThrow(
      "methods.json: named as methods.json, but its first element is one of papers-with-abstracts.json",
    );
    expect(await prisma.paper.count()).toBe(0);
  });
});

describe("the four files beside the evaluation tables", () => {
  it("import in any order, gzipped or not, and show what the archive says", async () => {
    const summary = await importPwcFiles([
      write("datasets.json.gz", [DATASET]),
      write("methods.json", [METHOD]),
      write("whatever.json", [LINK]),
      write("papers-with-abstracts.json.gz", [PAPER, PAPER]),
    ]);
    expect(summary.kinds.map(({ kind, elements }) => [kind, elements])).toEqual([
      ["datasets", 1],
      ["methods", 1],
      ["links", 1],
      ["papers", 2],
    ]);
    expect(summary.counts.papers).toMatchObject({ merged: 1 });
    expect(await prisma.paper.count()).toBe(1);

    const paper = await prisma.paper.findFirstOrThrow({
      include: { authors: { orderBy: { position: "asc" } }, tasks: true, methods: true, repositories: true, introduces: true },
    });
    expect(paper).toMatchObject({
      arxivId: "1706.03762",
      pwcSlug: "attention-is-all-you-need",
      abstract: PAPER.abstract,
      venue: "NeurIPS 2017 12",
      url: "https://arxiv.org/abs/1706.03762",
    });
    expect(paper.publishedAt?.toISOString()).toBe("2017-06-12T00:00:00.000Z");
    expect(paper.authors.map((author) => author.name)).toEqual(["Ashish Vaswani", "Noam Shazeer"]);
    expect(paper.tasks.map((task) => task.name)).toEqual(["Machine Translation"]);
    expect(paper.methods.map((method) => method.name)).toEqual(["Multi-Head Attention"]);
    expect(paper.introduces.map((method) => method.name)).toEqual(["Transformer"]);
    expect(paper.repositories).toEqual([
      expect.objectContaining({ url: LINK.repo_url, isOfficial: true, framework: "TensorFlow", stars: 14800, mentionedInPaper: true, mentionedInGithub: true }),
    ]);

    const method = await prisma.method.findUniqueOrThrow({ where: { name: "Transformer" } });
    expect(method).toMatchObject({ slug: "transformer", category: "Transformers", introducedYear: 2017 });
    expect(JSON.parse(method.collections)).toEqual(METHOD.collections);
    const attention = await prisma.method.findUniqueOrThrow({ where: { name: "Multi-Head Attention" } });
    expect(JSON.parse(attention.collections)).toEqual([{ collection: "Attention Modules", area_id: "general", area: "General" }]);

    const dataset = await prisma.dataset.findFirstOrThrow({ include: { tasks: true } });
    expect(dataset).toMatchObject({ name: "WMT 2014", fullName: DATASET.full_name, homepage: DATASET.homepage, modalities: "Texts" });
    expect(JSON.parse(dataset.variants)).toEqual(DATASET.variants);
    expect(JSON.parse(dataset.languages)).toEqual(["English", "German"]);
    expect(dataset.tasks.map((task) => task.name)).toEqual(["Machine Translation"]);
  });

  it("change nothing when imported again", async () => {
    const files = [
      write("papers-with-abstracts.json", [PAPER]),
      write("links-between-papers-and-code.json", [LINK]),
      write("methods.json", [METHOD]),
      write("datasets.json", [DATASET]),
    ];
    await importPwcFiles(files);
    const again = await importPwcFiles(files);
    for (const counts of Object.values(again.counts)) expect(counts).toMatchObject({ created: 0, updated: 0 });
    expect(again.counts.papers.unchanged).toBe(1);
  });

  it("index each paper for search once per batch, with its title, authors and abstract, and leave the index live", async () => {
    await importPwcFiles([write("links-between-papers-and-code.json", [LINK]), write("papers-with-abstracts.json", [PAPER])]);
    const found = async (words: string) => (await searchCatalogue(words, { kind: "paper" }))[0].total;
    expect(await found("Shazeer")).toBe(1);
    expect(await found("transduction convolutional")).toBe(1);
    expect(await found("attention need")).toBe(1);
    // Nothing left waiting, and a later write (not deferred) is indexed at once.
    expect(await pendingPaperSearchRows()).toBe(0);
    const paper = await prisma.paper.findFirstOrThrow();
    await prisma.paperAuthor.create({ data: { paperId: paper.id, position: 2, name: "Niki Parmar" } });
    expect(await found("Parmar")).toBe(1);
  });

  it("count a paper a method names, and expire its page and API answers when a later file gives it an arXiv id", async () => {
    const introduced = await importPwcFiles([write("methods.json", [METHOD])]);
    expect(introduced.counts.papers).toMatchObject({ created: 1 });
    const paper = await prisma.paper.findFirstOrThrow({ select: { id: true, arxivId: true } });
    expect(paper.arxivId).toBeNull();
    const madeAt = await lastExpiry([tags.paper(paper.id)]);
    expect(madeAt).toBeGreaterThan(0);

    await importPwcFiles([write("links-between-papers-and-code.json", [LINK])]);
    expect(await prisma.paper.findUniqueOrThrow({ where: { id: paper.id }, select: { arxivId: true } })).toEqual({ arxivId: "1706.03762" });
    expect(await lastExpiry([tags.paper(paper.id)])).toBeGreaterThan(madeAt);
  });

  it("skip an element that does not fit, report its place, and import the others", async () => {
    const summary = await importPwcFiles([write("links-between-papers-and-code.json", [{ ...LINK, repo_url: null }, LINK])]);
    expect(summary.skippedRows).toEqual([expect.objectContaining({ file: "links-between-papers-and-code.json", place: "[0]" })]);
    expect(await prisma.codeRepository.count()).toBe(1);
  });
});

async function pendingPaperSearchRows(): Promise<number> {
  const table = databaseProvider() === "postgresql" ? `"search"."paper_pending"` : `"PaperSearchPending"`;
  const [row] = await prisma.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(*) AS "n" FROM ${table}`);
  return Number(row.n);
}
