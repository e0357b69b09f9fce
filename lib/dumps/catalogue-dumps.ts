// papers.json, methods.json and datasets.json: each an object with the licence, the attribution and one
// list, written one item per line and read from the database in batches.
import { prisma } from "@/lib/db";
import { configuredSiteUrl } from "@/lib/site-url";
import { isoDay } from "@/lib/format";
import { dumpHeader } from "./licence";
import { byCodePoint, writeJsonLines, type Sink } from "./sink";

const BATCH = 500;

/** Every row of a table by slug, a batch at a time. */
async function* bySlug<T extends { slug: string }>(readBatch: (after: string | null) => Promise<T[]>): AsyncGenerator<T> {
  let after: string | null = null;
  for (;;) {
    const batch = await readBatch(after);
    yield* batch;
    if (batch.length < BATCH) return;
    after = batch[batch.length - 1].slug;
  }
}

const page = (after: string | null) => ({ where: after === null ? {} : { slug: { gt: after } }, orderBy: { slug: "asc" as const }, take: BATCH });

async function writeDump<T>(sink: Sink, key: string, items: AsyncIterable<T>): Promise<void> {
  const header = JSON.stringify(dumpHeader(configuredSiteUrl()));
  await sink.write(`${header.slice(0, -1)},${JSON.stringify(key)}:`);
  await writeJsonLines(sink, items);
  await sink.write("}\n");
}

async function* papers() {
  const rows = bySlug((after) =>
    prisma.paper.findMany({
      ...page(after),
      select: {
        slug: true,
        arxivId: true,
        title: true,
        abstract: true,
        publishedAt: true,
        venue: true,
        url: true,
        pdfUrl: true,
        authors: { orderBy: { position: "asc" }, select: { name: true } },
        tasks: { select: { name: true } },
        datasets: { select: { slug: true } },
        methods: { select: { name: true } },
        repositories: { select: { url: true, isOfficial: true, framework: true, stars: true } },
      },
    }),
  );
  for await (const paper of rows) {
    yield {
      id: paper.slug,
      arxiv_id: paper.arxivId,
      title: paper.title,
      abstract: paper.abstract,
      authors: paper.authors.map((author) => author.name),
      published: isoDay(paper.publishedAt) || null,
      venue: paper.venue,
      url_abs: paper.url,
      url_pdf: paper.pdfUrl,
      tasks: paper.tasks.map((task) => task.name).sort(byCodePoint),
      datasets: paper.datasets.map((dataset) => dataset.slug).sort(byCodePoint),
      methods: paper.methods.map((method) => method.name).sort(byCodePoint),
      repositories: paper.repositories
        .sort((a, b) => byCodePoint(a.url, b.url))
        .map((repository) => ({ url: repository.url, is_official: repository.isOfficial, framework: repository.framework, stars: repository.stars })),
    };
  }
}

async function* methods() {
  const rows = bySlug((after) =>
    prisma.method.findMany({
      ...page(after),
      select: { slug: true, name: true, fullName: true, category: true, description: true, introducedInPaper: { select: { slug: true, title: true } } },
    }),
  );
  for await (const method of rows) {
    yield {
      id: method.slug,
      name: method.name,
      full_name: method.fullName,
      category: method.category,
      description: method.description,
      introduced_in: method.introducedInPaper && { id: method.introducedInPaper.slug, title: method.introducedInPaper.title },
    };
  }
}

async function* datasets() {
  const rows = bySlug((after) =>
    prisma.dataset.findMany({
      ...page(after),
      select: {
        slug: true,
        name: true,
        description: true,
        homepage: true,
        licence: true,
        modalities: true,
        parent: { select: { slug: true, name: true } },
        links: { orderBy: { position: "asc" }, select: { kind: true, title: true, url: true } },
      },
    }),
  );
  for await (const dataset of rows) {
    const links = (kind: "LINK" | "CITATION") => dataset.links.filter((link) => link.kind === kind).map(({ title, url }) => ({ title, url }));
    yield {
      id: dataset.slug,
      name: dataset.name,
      full_name: dataset.parent ? `${dataset.parent.name} ${dataset.name}` : dataset.name,
      parent: dataset.parent?.slug ?? null,
      description: dataset.description,
      homepage: dataset.homepage,
      licence: dataset.licence,
      modalities: dataset.modalities.split(",").map((modality) => modality.trim()).filter(Boolean),
      links: links("LINK"),
      citations: links("CITATION"),
    };
  }
}

export const writePapersDump = (sink: Sink) => writeDump(sink, "papers", papers());
export const writeMethodsDump = (sink: Sink) => writeDump(sink, "methods", methods());
export const writeDatasetsDump = (sink: Sink) => writeDump(sink, "datasets", datasets());
