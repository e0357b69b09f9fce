// From the catalogue's rows to the API's objects (lib/api/schemas.ts): the selects each needs and the mapping.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MetricDirection } from "@/lib/generated/prisma/enums";
import { publishedDateOf } from "./paper-date";
import { proceedingOfVenue } from "./venues";
import type { ApiArea, ApiDataset, ApiEvaluation, ApiMethod, ApiMetric, ApiPaper, ApiRepository, ApiTask } from "./schemas";
import { PUBLISHED } from "@/lib/catalogue/published";

export const paperSelect = {
  slug: true,
  arxivId: true,
  url: true,
  pdfUrl: true,
  title: true,
  abstract: true,
  publishedAt: true,
  venue: true,
  createdAt: true,
  authors: { select: { name: true }, orderBy: { position: "asc" } },
  // The earliest evaluation date of its approved results: dates a paper that has no date of its own.
  results: { where: { ...PUBLISHED, evaluatedAt: { not: null } }, orderBy: { evaluatedAt: "asc" }, take: 1, select: { evaluatedAt: true } },
} satisfies Prisma.PaperSelect;

export function toApiPaper(paper: Prisma.PaperGetPayload<{ select: typeof paperSelect }>): ApiPaper {
  const venue = proceedingOfVenue(paper.venue);
  return {
    id: paper.slug,
    arxiv_id: paper.arxivId,
    nips_id: null,
    url_abs: paper.url ?? "",
    url_pdf: paper.pdfUrl ?? "",
    title: paper.title,
    abstract: paper.abstract,
    authors: paper.authors.map((author) => author.name),
    ...publishedDateOf({ ...paper, firstEvaluatedAt: paper.results[0]?.evaluatedAt ?? null }),
    conference: venue?.conference.id ?? null,
    conference_url_abs: null,
    conference_url_pdf: null,
    proceeding: venue?.proceeding.id ?? null,
  };
}

export const taskSelect = { slug: true, name: true, description: true } satisfies Prisma.TaskSelect;

export function toApiTask(task: Prisma.TaskGetPayload<{ select: typeof taskSelect }>): ApiTask {
  return { id: task.slug, name: task.name, description: task.description };
}

export const datasetSelect = { slug: true, name: true, homepage: true, parent: { select: { name: true } } } satisfies Prisma.DatasetSelect;

export function toApiDataset(dataset: Prisma.DatasetGetPayload<{ select: typeof datasetSelect }>): ApiDataset {
  return {
    id: dataset.slug,
    name: dataset.name,
    full_name: dataset.parent ? `${dataset.parent.name} ${dataset.name}` : dataset.name,
    url: dataset.homepage,
  };
}

export const methodSelect = {
  slug: true,
  name: true,
  fullName: true,
  description: true,
  introducedInPaper: { select: { slug: true } },
} satisfies Prisma.MethodSelect;

export function toApiMethod(method: Prisma.MethodGetPayload<{ select: typeof methodSelect }>): ApiMethod {
  return {
    id: method.slug,
    name: method.name,
    full_name: method.fullName || method.name,
    description: method.description,
    paper: method.introducedInPaper?.slug ?? null,
  };
}

export const areaSelect = { slug: true, name: true } satisfies Prisma.AreaSelect;

export function toApiArea(area: Prisma.AreaGetPayload<{ select: typeof areaSelect }>): ApiArea {
  return { id: area.slug, name: area.name };
}

export const evaluationSelect = {
  slug: true,
  description: true,
  task: { select: { slug: true } },
  dataset: { select: { slug: true } },
} satisfies Prisma.BenchmarkSelect;

export function toApiEvaluation(benchmark: Prisma.BenchmarkGetPayload<{ select: typeof evaluationSelect }>): ApiEvaluation {
  return {
    id: benchmark.slug,
    task: benchmark.task.slug,
    dataset: benchmark.dataset.slug,
    description: benchmark.description,
    mirror_url: null,
  };
}

export function toApiMetric(metric: { name: string; description: string; direction: MetricDirection }, slug: string): ApiMetric {
  return { id: slug, name: metric.name, description: metric.description, is_loss: metric.direction === "LOWER_IS_BETTER" };
}

const CODE_HOSTS = new Set(["github.com", "gitlab.com", "bitbucket.org"]);

/** Owner and name of a repository address: "https://github.com/facebookresearch/detr" → facebookresearch, detr. */
export function repositoryParts(url: string): { owner: string; name: string } {
  try {
    const parsed = new URL(url);
    const [owner = "", name = ""] = parsed.pathname.split("/").filter(Boolean);
    if (CODE_HOSTS.has(parsed.hostname.replace(/^www\./, ""))) return { owner, name: name.replace(/\.git$/, "") };
    return { owner: "", name: parsed.pathname.split("/").filter(Boolean).at(-1) ?? parsed.hostname };
  } catch {
    return { owner: "", name: url };
  }
}

export function toApiRepository(repository: { url: string; stars: number | null; framework: string | null; isOfficial: boolean | null }): ApiRepository {
  return {
    url: repository.url,
    ...repositoryParts(repository.url),
    description: "",
    stars: repository.stars ?? 0,
    framework: repository.framework?.toLowerCase() || "none",
    is_official: repository.isOfficial,
  };
}
