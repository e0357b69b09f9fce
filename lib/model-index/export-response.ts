import { configuredSiteUrl } from "@/lib/site-url";
import "server-only";
import { prisma } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { benchmarkTags, cached, catalogueMiss } from "@/lib/data/cache";
import type { Leaderboard } from "@/lib/data/leaderboards";
import { reportedValue } from "@/lib/leaderboard/export";
import type { ResolvedView } from "@/lib/leaderboard/view";
import { leaderboardPath } from "@/lib/leaderboard/view";
import { modelIndexYaml, type ExportResult } from "./write-card";
import { PUBLISHED } from "@/lib/catalogue/published";

export const YAML_CONTENT_TYPE = "application/yaml; charset=utf-8";
const LICENCE = "Licence: CC-BY-SA 4.0, from Papers With Code 2 and its contributors.";

type Source = { title: string; url: string | null; slug: string } | null;

function sourceOf(paper: Source, fallback: { name: string; url: string }) {
  return paper ? { name: paper.title, url: paper.url || `${configuredSiteUrl()}/paper/${paper.slug}` } : fallback;
}

/** A result's values in its benchmark's metric order, as reported (with the uncertainty). */
function valuesOf(metrics: { id: string; name: string }[], values: { metricId: string; raw: string; uncertainty: number | null }[]): ExportResult["values"] {
  return metrics.flatMap((metric) => {
    const value = values.find((v) => v.metricId === metric.id);
    return value ? [{ metric: metric.name, raw: reportedValue(value) }] : [];
  });
}

/** The dataset of a benchmark as a model card names it: the dataset, and the subset as its config. */
async function datasetParts(slug: string): Promise<ExportResult["dataset"]> {
  const dataset = await prisma.dataset.findUniqueOrThrow({
    where: { slug },
    select: { slug: true, name: true, parent: { select: { slug: true, name: true } } },
  });
  return dataset.parent ? { ...dataset.parent, subset: dataset.name } : { slug: dataset.slug, name: dataset.name, subset: null };
}

/** A leaderboard view's rows in its order, each model with its values and its paper as the source. */
export async function leaderboardModelIndex(board: Leaderboard, view: ResolvedView<Leaderboard>): Promise<string> {
  const dataset = await datasetParts(board.dataset.slug);
  const url = `${configuredSiteUrl()}${leaderboardPath(board.slug, view)}`;
  const results = view.rows.map(({ result }): ExportResult => ({
    model: result.modelName,
    task: { slug: board.task.slug, name: board.task.name },
    dataset,
    values: valuesOf(board.metrics, result.values),
    source: sourceOf(result.paper, { name: `${board.task.name} on ${board.dataset.name}, Papers With Code 2`, url }),
  }));
  return modelIndexYaml(results, `${board.task.name} on ${board.dataset.name}: ${url}\n${LICENCE}`);
}

async function readPaperResults(paperId: string): Promise<{ title: string; url: string; results: ExportResult[] }> {
  const paper = await prisma.paper.findUniqueOrThrow({
    where: { id: paperId },
    select: {
      slug: true,
      title: true,
      url: true,
      results: {
        where: PUBLISHED,
        orderBy: [{ modelName: "asc" }, { createdAt: "asc" }],
        select: {
          modelName: true,
          benchmark: {
            select: {
              task: { select: { slug: true, name: true } },
              dataset: { select: { slug: true } },
              metrics: { orderBy: { position: "asc" }, select: { id: true, name: true } },
            },
          },
          values: { select: { metricId: true, raw: true, uncertainty: true } },
        },
      },
    },
  });
  const source = sourceOf(paper, { name: paper.title, url: "" });
  const results: ExportResult[] = [];
  for (const result of paper.results) {
    const { task, dataset, metrics } = result.benchmark;
    results.push({
      model: result.modelName,
      task,
      dataset: await datasetParts(dataset.slug),
      values: valuesOf(metrics, result.values),
      source,
    });
  }
  return { title: paper.title, url: `${configuredSiteUrl()}/paper/${paper.slug}`, results };
}

/** /paper/SLUG/model-index.yaml: every published result of the paper; null for an unknown paper. */
export async function paperModelIndex(slug: string): Promise<string | null> {
  const ref = await prisma.paper.findUnique({
    where: { slug },
    select: { id: true, results: { where: PUBLISHED, select: { benchmarkId: true }, distinct: ["benchmarkId"] } },
  });
  if (!ref) return catalogueMiss();
  const paper = await cached(["paper-model-index", ref.id], [tags.paper(ref.id), tags.catalogue, ...benchmarkTags(ref.results.map((r) => r.benchmarkId))], () =>
    readPaperResults(ref.id),
  );
  return modelIndexYaml(paper.results, `${paper.title}: ${paper.url}\n${LICENCE}`);
}

export function yamlResponse(body: string, filename: string): Response {
  return new Response(body, { headers: { "content-type": YAML_CONTENT_TYPE, "content-disposition": `attachment; filename="${filename}"` } });
}
