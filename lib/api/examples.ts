// The docs' examples: each endpoint called on the catalogue as it is, so that every example is a real answer.
import "server-only";
import { tags } from "@/lib/cache/tags";
import { cached } from "@/lib/data/cache";
import { prisma } from "@/lib/db";
import { metricSlugs } from "@/lib/leaderboard/view";
import { ENDPOINTS, pathParameters, type Endpoint, type ExampleSubject } from "./endpoints";
import { toApiError } from "./errors";
import { authorIdOf } from "./author-id";
import { answer } from "./handler";
import { pageWindow } from "./pagination";
import { readEvaluationResults } from "./read";
import { repositoryParts } from "./serialize";
import { proceedingOfVenue } from "./venues";

export type ApiExample = { operationId: string; url: string; status: number; body: unknown };

const idsOf = (...ids: (string | null | undefined)[]): string[] | null => (ids.every(Boolean) ? (ids as string[]) : null);

/** The entries the examples ask about (the most telling ones: most results, most benchmarks…), as the ids of a path. */
async function exampleSubjects(): Promise<Record<ExampleSubject, string[] | null>> {
  const [paper, task, parentTask, subtask, dataset, method, area, evaluation, repository, author, venue] = await Promise.all([
    prisma.paper.findFirst({ orderBy: [{ results: { _count: "desc" } }, { slug: "asc" }], select: { slug: true, title: true } }),
    prisma.task.findFirst({ orderBy: [{ benchmarks: { _count: "desc" } }, { slug: "asc" }], select: { slug: true } }),
    prisma.task.findFirst({ orderBy: [{ subtasks: { _count: "desc" } }, { slug: "asc" }], select: { slug: true } }),
    prisma.task.findFirst({ where: { parentId: { not: null } }, orderBy: { slug: "asc" }, select: { slug: true } }),
    prisma.dataset.findFirst({ orderBy: [{ subsets: { _count: "desc" } }, { benchmarks: { _count: "desc" } }, { slug: "asc" }], select: { slug: true } }),
    prisma.method.findFirst({ orderBy: [{ papers: { _count: "desc" } }, { slug: "asc" }], select: { slug: true } }),
    prisma.area.findFirst({ orderBy: [{ tasks: { _count: "desc" } }, { slug: "asc" }], select: { slug: true } }),
    prisma.benchmark.findFirst({
      orderBy: [{ results: { _count: "desc" } }, { slug: "asc" }],
      select: { slug: true, metrics: { orderBy: { position: "asc" }, select: { id: true, name: true, position: true } } },
    }),
    prisma.codeRepository.findFirst({
      where: { url: { startsWith: "https://github.com/" } },
      orderBy: [{ stars: { sort: "desc", nulls: "last" } }, { url: "asc" }],
      select: { url: true },
    }),
    prisma.paperAuthor.findFirst({ orderBy: [{ paper: { results: { _count: "desc" } } }, { position: "asc" }], select: { name: true } }),
    prisma.paper.findFirst({ where: { venue: { not: null } }, orderBy: [{ results: { _count: "desc" } }, { slug: "asc" }], select: { venue: true } }),
  ]);
  const benchmarkResults = evaluation ? await readEvaluationResults(evaluation.slug, pageWindow(1, 1)) : null;
  const proceeding = proceedingOfVenue(venue?.venue ?? null);
  const github = repository ? repositoryParts(repository.url) : null;
  return {
    paper: idsOf(paper?.slug),
    task: idsOf(task?.slug),
    parentTask: idsOf(parentTask?.slug),
    subtask: idsOf(subtask?.slug),
    dataset: idsOf(dataset?.slug),
    method: idsOf(method?.slug),
    area: idsOf(area?.slug),
    evaluation: idsOf(evaluation?.slug),
    metric: idsOf(evaluation?.slug, evaluation && metricSlugs(evaluation.metrics).get(evaluation.metrics[0]?.id)),
    result: idsOf(evaluation?.slug, benchmarkResults?.results[0]?.id),
    repository: idsOf(github?.owner, github?.name),
    author: idsOf(author && authorIdOf(author.name)),
    conference: idsOf(proceeding?.conference.id),
    proceeding: idsOf(proceeding?.conference.id, proceeding?.proceeding.id),
    searchWords: idsOf(
      paper?.title
        .match(/[A-Za-z]{5,}/g)
        ?.slice(0, 2)
        .join(" "),
    ),
  };
}

/** The example's address: each `{parameter}` of the path filled with the subject's ids, in order. */
function exampleUrl(endpoint: Endpoint, siteUrl: string, subjects: Record<ExampleSubject, string[] | null>): { url: URL; ids: string[] } {
  const subject = endpoint.exampleOf ?? endpoint.resource;
  const values = subject ? (subjects[subject] ?? []) : [];
  const ids = pathParameters(endpoint.path).map((_name, index) => values[index] ?? "unknown");
  let at = 0;
  const path = endpoint.path.replace(/\{\w+\}/g, () => encodeURIComponent(ids[at++]));
  const url = new URL(`${siteUrl}/api/v1${path}`);
  if (subject === "searchWords" && values[0]) url.searchParams.set("q", values[0]);
  for (const [name, given] of Object.entries(endpoint.exampleQuery ?? {})) url.searchParams.set(name, given);
  return { url, ids };
}

/** Every endpoint's example request and its answer, read again when the catalogue changes. */
export function getApiExamples(siteUrl: string): Promise<ApiExample[]> {
  return cached(["api-examples", siteUrl], [tags.catalogue], async () => {
    const subjects = await exampleSubjects();
    return Promise.all(
      ENDPOINTS.map(async (endpoint) => {
        const { url, ids } = exampleUrl(endpoint, siteUrl, subjects);
        try {
          return { operationId: endpoint.operationId, url: url.toString(), status: 200, body: await answer(endpoint, url, ids) };
        } catch (error) {
          const refusal = toApiError(error);
          return { operationId: endpoint.operationId, url: url.toString(), status: refusal.status, body: refusal.toBody() };
        }
      }),
    );
  });
}
