// The docs' examples: each endpoint called on the catalogue as it is, so that every example is a real answer.
import "server-only";
import { tags } from "@/lib/cache/tags";
import { cached } from "@/lib/data/cache";
import { prisma } from "@/lib/db";
import { ENDPOINTS, type Endpoint, type ExampleSubject } from "./endpoints";
import { toApiError } from "./errors";
import { answer } from "./handler";

export type ApiExample = { operationId: string; url: string; status: number; body: unknown };

const slugOf = (row: { slug: string } | null) => row?.slug ?? null;

/** The entries the examples ask about: the most telling ones (most results, most benchmarks…). */
async function exampleSubjects(): Promise<Record<ExampleSubject, string | null>> {
  const [paper, task, parentTask, subtask, dataset, method, area, evaluation] = await Promise.all([
    prisma.paper.findFirst({ orderBy: [{ results: { _count: "desc" } }, { slug: "asc" }], select: { slug: true, title: true } }),
    prisma.task.findFirst({ orderBy: [{ benchmarks: { _count: "desc" } }, { slug: "asc" }], select: { slug: true } }),
    prisma.task.findFirst({ orderBy: [{ subtasks: { _count: "desc" } }, { slug: "asc" }], select: { slug: true } }),
    prisma.task.findFirst({ where: { parentId: { not: null } }, orderBy: { slug: "asc" }, select: { slug: true } }),
    prisma.dataset.findFirst({ orderBy: [{ subsets: { _count: "desc" } }, { benchmarks: { _count: "desc" } }, { slug: "asc" }], select: { slug: true } }),
    prisma.method.findFirst({ orderBy: [{ papers: { _count: "desc" } }, { slug: "asc" }], select: { slug: true } }),
    prisma.area.findFirst({ orderBy: [{ tasks: { _count: "desc" } }, { slug: "asc" }], select: { slug: true } }),
    prisma.benchmark.findFirst({ orderBy: [{ results: { _count: "desc" } }, { slug: "asc" }], select: { slug: true } }),
  ]);
  const searchWords = paper?.title.match(/[A-Za-z]{5,}/g)?.slice(0, 2).join(" ") ?? null;
  return {
    paper: slugOf(paper),
    task: slugOf(task),
    parentTask: slugOf(parentTask),
    subtask: slugOf(subtask),
    dataset: slugOf(dataset),
    method: slugOf(method),
    area: slugOf(area),
    evaluation: slugOf(evaluation),
    repository: null,
    searchWords,
  };
}

function exampleUrl(endpoint: Endpoint, siteUrl: string, subjects: Record<ExampleSubject, string | null>): { url: URL; id: string | null } {
  const subject = endpoint.exampleOf ?? endpoint.resource;
  const value = subject ? (subjects[subject] ?? "unknown") : null;
  const id = endpoint.path.includes("{id}") ? value : null;
  const url = new URL(`${siteUrl}/api/v1${endpoint.path.replace("{id}", encodeURIComponent(id ?? ""))}`);
  if (subject === "searchWords" && value) url.searchParams.set("q", value);
  for (const [name, given] of Object.entries(endpoint.exampleQuery ?? {})) url.searchParams.set(name, given);
  return { url, id };
}

/** Every endpoint's example request and its answer, read again when the catalogue changes. */
export function getApiExamples(siteUrl: string): Promise<ApiExample[]> {
  return cached(["api-examples", siteUrl], [tags.catalogue], async () => {
    const subjects = await exampleSubjects();
    return Promise.all(
      ENDPOINTS.map(async (endpoint) => {
        const { url, id } = exampleUrl(endpoint, siteUrl, subjects);
        try {
          return { operationId: endpoint.operationId, url: url.toString(), status: 200, body: await answer(endpoint, url, id) };
        } catch (error) {
          const refusal = toApiError(error);
          return { operationId: endpoint.operationId, url: url.toString(), status: refusal.status, body: refusal.toBody() };
        }
      }),
    );
  });
}
