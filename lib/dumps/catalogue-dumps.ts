// The archive's other four files, in its own shapes and under its own names (docs/archive-format.md):
// papers-with-abstracts.json, links-between-papers-and-code.json, methods.json, datasets.json. Each is a
// top-level list, one item per line, read from the database in batches; what the site adds (provenance,
// licence) is in manifest.json beside them. Importing them into an empty database and writing them again
// gives the same bytes.
import { prisma } from "@/lib/db";
import { isoDay } from "@/lib/format";
import { parseNames, pwcUrl } from "@/lib/import/archive-files";
import { frameworkWord } from "@/lib/import/write-catalogue";
import { parseCollections } from "@/lib/import/write-methods";
import { byCodePoint, writeJsonLines, type Sink } from "./sink";

const BATCH = 500;

/** Every row of a table in the order of a unique text column, a batch at a time. */
async function* inOrder<T>(readBatch: (after: string | null) => Promise<T[]>, keyOf: (row: T) => string): AsyncGenerator<T> {
  let after: string | null = null;
  for (;;) {
    const batch = await readBatch(after);
    yield* batch;
    if (batch.length < BATCH) return;
    after = keyOf(batch[batch.length - 1]);
  }
}

const after = (column: string, value: string | null) => (value === null ? {} : { [column]: { gt: value } });
const paperUrlOf = (paper: { pwcSlug: string | null; slug: string }) => pwcUrl("paper", paper.pwcSlug ?? paper.slug);
// What the papers and links files say of a paper, and what orders them: its identity.
const PAPER_NAMING = { sourceKey: true, slug: true, pwcSlug: true, arxivId: true, title: true, url: true, pdfUrl: true } as const;

async function writeList<T>(sink: Sink, items: AsyncIterable<T>): Promise<void> {
  await writeJsonLines(sink, items);
  await sink.write("\n");
}

async function* papers() {
  const rows = inOrder(
    (last) =>
      prisma.paper.findMany({
        where: after("sourceKey", last),
        orderBy: { sourceKey: "asc" },
        take: BATCH,
        select: {
          ...PAPER_NAMING,
          abstract: true,
          venue: true,
          publishedAt: true,
          authors: { orderBy: { position: "asc" }, select: { name: true } },
          tasks: { select: { name: true } },
          methods: {
            orderBy: { name: "asc" },
            select: {
              name: true,
              fullName: true,
              description: true,
              introducedYear: true,
              sourceUrl: true,
              sourceTitle: true,
              codeSnippetUrl: true,
              collections: true,
            },
          },
        },
      }),
    (paper) => paper.sourceKey,
  );
  for await (const paper of rows) {
    yield {
      paper_url: paperUrlOf(paper),
      arxiv_id: paper.arxivId,
      title: paper.title,
      abstract: paper.abstract,
      url_abs: paper.url,
      url_pdf: paper.pdfUrl,
      proceeding: paper.venue,
      authors: paper.authors.map((author) => author.name),
      tasks: paper.tasks.map((task) => task.name).sort(byCodePoint),
      date: isoDay(paper.publishedAt) || null,
      methods: paper.methods.map((method) => {
        const main = parseCollections(method.collections)[0];
        return {
          name: method.name,
          full_name: method.fullName,
          description: method.description,
          introduced_year: method.introducedYear,
          source_url: method.sourceUrl,
          source_title: method.sourceTitle,
          code_snippet_url: method.codeSnippetUrl,
          main_collection: main ? { name: main.collection, description: "", parent: null, area: main.area } : null,
        };
      }),
    };
  }
}

async function* links() {
  const rows = inOrder(
    (last) =>
      prisma.paper.findMany({
        where: { ...after("sourceKey", last), repositories: { some: {} } },
        orderBy: { sourceKey: "asc" },
        take: BATCH,
        select: { ...PAPER_NAMING, repositories: { orderBy: { url: "asc" } } },
      }),
    (paper) => paper.sourceKey,
  );
  for await (const paper of rows) {
    for (const repository of paper.repositories) {
      yield {
        paper_url: paperUrlOf(paper),
        paper_title: paper.title,
        paper_arxiv_id: paper.arxivId,
        paper_url_abs: paper.url,
        paper_url_pdf: paper.pdfUrl,
        repo_url: repository.url,
        is_official: repository.isOfficial,
        mentioned_in_paper: repository.mentionedInPaper,
        mentioned_in_github: repository.mentionedInGithub,
        framework: frameworkWord(repository.framework),
        // Not in the archive's file; given where known.
        ...(repository.stars === null ? {} : { stars: repository.stars }),
      };
    }
  }
}

async function* methods() {
  const rows = inOrder(
    (last) =>
      prisma.method.findMany({
        where: after("name", last),
        orderBy: { name: "asc" },
        take: BATCH,
        include: { introducedInPaper: { select: { title: true, slug: true, pwcSlug: true } }, _count: { select: { papers: true } } },
      }),
    (method) => method.name,
  );
  for await (const method of rows) {
    yield {
      url: pwcUrl("method", method.slug),
      name: method.name,
      full_name: method.fullName,
      description: method.description,
      paper: method.introducedInPaper && { title: method.introducedInPaper.title, url: paperUrlOf(method.introducedInPaper) },
      introduced_year: method.introducedYear,
      source_url: method.sourceUrl,
      source_title: method.sourceTitle,
      code_snippet_url: method.codeSnippetUrl,
      num_papers: method._count.papers,
      collections: parseCollections(method.collections),
    };
  }
}

async function* datasets() {
  // Subsets are the leaderboards' (evaluation-tables.json); this file lists datasets.
  const rows = inOrder(
    (last) =>
      prisma.dataset.findMany({
        where: { parentId: null, ...after("slug", last) },
        orderBy: { slug: "asc" },
        take: BATCH,
        include: { tasks: { orderBy: { name: "asc" }, select: { name: true, slug: true } }, _count: { select: { papers: true } } },
      }),
    (dataset) => dataset.slug,
  );
  for await (const dataset of rows) {
    yield {
      url: pwcUrl("dataset", dataset.slug),
      name: dataset.name,
      full_name: dataset.fullName,
      homepage: dataset.homepage,
      description: dataset.description,
      paper: dataset.paperTitle || dataset.paperUrl ? { title: dataset.paperTitle, url: dataset.paperUrl } : null,
      introduced_date: isoDay(dataset.introducedAt) || null,
      warning: null,
      modalities: dataset.modalities
        .split(",")
        .map((modality) => modality.trim())
        .filter(Boolean),
      tasks: dataset.tasks.map((task) => ({ task: task.name, url: pwcUrl("task", task.slug) })),
      languages: parseNames(dataset.languages),
      variants: parseNames(dataset.variants),
      num_papers: dataset._count.papers,
      data_loaders: [],
    };
  }
}

export const writePapersDump = (sink: Sink) => writeList(sink, papers());
export const writeLinksDump = (sink: Sink) => writeList(sink, links());
export const writeMethodsDump = (sink: Sink) => writeList(sink, methods());
export const writeDatasetsDump = (sink: Sink) => writeList(sink, datasets());
