import { prisma } from "@/lib/db";
import { slugify } from "@/lib/catalogue/slug";
import { parseMetricValue } from "@/lib/values/parse-metric-value";
import type { DemoBenchmark, DEMO_AREAS, DEMO_DATASETS, DEMO_METHODS, DEMO_TASKS } from "./catalogue";
import type { DemoPaper } from "./papers";

type Catalogue = {
  areas: typeof DEMO_AREAS;
  tasks: typeof DEMO_TASKS;
  datasets: typeof DEMO_DATASETS;
  papers: DemoPaper[];
  methods: typeof DEMO_METHODS;
  benchmarks: DemoBenchmark[];
};

// Prisma ends an interactive transaction after 5 s by default; on a busy machine the demo takes longer.
const TRANSACTION = { timeout: 60_000 };

/** Writes the whole demo catalogue in one transaction. */
export async function loadDemoCatalogue(catalogue: Catalogue) {
  return prisma.$transaction(async (tx) => {
    const areaIds = new Map<string, string>();
    for (const [position, area] of catalogue.areas.entries()) {
      const row = await tx.area.create({ data: { ...area, slug: slugify(area.name), position } });
      areaIds.set(area.name, row.id);
    }

    const taskIds = new Map<string, string>();
    for (const task of catalogue.tasks) {
      const { parent, synonyms = [] } = task as (typeof DEMO_TASKS)[number] & { parent?: string; synonyms?: string[] };
      const row = await tx.task.create({
        data: {
          name: task.name,
          slug: slugify(task.name),
          description: task.description,
          areaId: areaIds.get(task.area),
          parentId: parent ? taskIds.get(parent) : undefined,
          synonyms: { create: synonyms.map((name) => ({ name })) },
        },
      });
      taskIds.set(task.name, row.id);
    }

    const datasetIds = new Map<string, string>();
    for (const dataset of catalogue.datasets) {
      const { subsets = [], homepage, ...fields } = dataset as (typeof DEMO_DATASETS)[number] & { subsets?: { name: string; description: string }[] };
      const slug = slugify(dataset.name);
      const row = await tx.dataset.create({
        data: { ...fields, slug, homepage, links: { create: [{ title: "Homepage", url: homepage }] } },
      });
      datasetIds.set(dataset.name, row.id);
      for (const subset of subsets) {
        const child = await tx.dataset.create({
          data: { ...subset, slug: `${slug}-${slugify(subset.name)}`, parentId: row.id, modalities: dataset.modalities },
        });
        datasetIds.set(`${dataset.name}/${subset.name}`, child.id);
      }
    }

    const paperIds = new Map<string, string>();
    for (const paper of catalogue.papers) {
      const row = await tx.paper.create({
        data: {
          slug: slugify(paper.title).slice(0, 80).replace(/-+$/, ""),
          title: paper.title,
          abstract: paper.abstract,
          publishedAt: new Date(`${paper.publishedAt}T00:00:00Z`),
          arxivId: paper.arxivId,
          venue: paper.venue,
          url: paper.url,
          pdfUrl: paper.pdfUrl,
          sourceKey: paper.arxivId ? `arxiv:${paper.arxivId}` : paper.url,
          authors: { create: paper.authors.map((name, position) => ({ name, position })) },
          repositories: { create: paper.code ?? [] },
        },
      });
      paperIds.set(paper.key, row.id);
    }

    for (const method of catalogue.methods) {
      const { paper, ...fields } = method as (typeof DEMO_METHODS)[number] & { paper?: string };
      const users = catalogue.papers.filter((p) => p.methods?.includes(method.name));
      await tx.method.create({
        data: {
          ...fields,
          slug: slugify(method.name),
          introducedInPaperId: paper ? paperIds.get(paper) : undefined,
          papers: { connect: users.map((p) => ({ id: paperIds.get(p.key)! })) },
        },
      });
    }

    let results = 0;
    for (const benchmark of catalogue.benchmarks) {
      const taskId = taskIds.get(benchmark.task)!;
      const datasetId = datasetIds.get(benchmark.dataset)!;
      const datasetSlug = (await tx.dataset.findUniqueOrThrow({ where: { id: datasetId } })).slug;
      const created = await tx.benchmark.create({
        data: {
          slug: `${slugify(benchmark.task)}-on-${datasetSlug}`,
          taskId,
          datasetId,
          metrics: { create: benchmark.metrics.map((metric, position) => ({ ...metric, position, isDirectionReviewed: true })) },
        },
        include: { metrics: true },
      });
      for (const row of benchmark.rows) {
        const paper = catalogue.papers.find((p) => p.key === row.paper)!;
        const paperId = paperIds.get(row.paper)!;
        await tx.result.create({
          data: {
            benchmarkId: created.id,
            modelName: row.model,
            paperId,
            codeUrl: row.code ?? paper.code?.[0]?.url,
            evaluatedAt: new Date(`${paper.publishedAt}T00:00:00Z`),
            usesExtraData: Boolean(row.extraData),
            extraData: row.extraData ?? "",
            evidence: row.evidence,
            source: "DEMO",
            approvedAt: new Date(),
            values: {
              create: created.metrics
                .filter((metric) => row.values[metric.name] !== undefined)
                .map((metric) => {
                  const { raw, value, uncertainty } = parseMetricValue(row.values[metric.name]);
                  return { metricId: metric.id, raw, value, uncertainty };
                }),
            },
          },
        });
        await tx.paper.update({
          where: { id: paperId },
          data: { tasks: { connect: { id: taskId } }, datasets: { connect: { id: datasetId } } },
        });
        results += 1;
      }
    }

    return { benchmarks: catalogue.benchmarks.length, results, papers: catalogue.papers.length };
  }, TRANSACTION);
}
