// Every read endpoint of /api/v1, described once: the route handlers serve them (lib/api/handler.ts), the
// OpenAPI description (lib/api/openapi.ts) and the docs page at /api are generated from this list.
import "server-only";
import { z } from "zod";
import type { PageWindow, Slice } from "./pagination";
import {
  AreaListParams,
  AuthorListParams,
  ConferenceListParams,
  DatasetListParams,
  MethodListParams,
  PaginationParams,
  ResultListParams,
  PaperListParams,
  RepositoryListParams,
  SearchParams,
  TaskListParams,
} from "./params";
import * as read from "./read";
import { evaluationTags, paperResultsTags, paperSearchTags, paperTags } from "./read-tags";
import {
  AreaPageSchema,
  AreaSchema,
  AuthorPageSchema,
  AuthorSchema,
  ConferencePageSchema,
  ConferenceSchema,
  DatasetPageSchema,
  DatasetSchema,
  EvaluationPageSchema,
  EvaluationSchema,
  MethodPageSchema,
  MethodSchema,
  MetricPageSchema,
  MetricSchema,
  PaperPageSchema,
  PaperRepositoryPageSchema,
  PaperSchema,
  ProceedingPageSchema,
  ProceedingSchema,
  RepositoryPageSchema,
  RepositorySchema,
  ResultPageSchema,
  ResultSchema,
  TaskPageSchema,
  TaskSchema,
} from "./schemas";

/** What an endpoint is about, for the docs' grouping and for "No paper with id …". */
export type Resource =
  "paper" | "task" | "dataset" | "method" | "area" | "evaluation" | "metric" | "result" | "repository" | "author" | "conference" | "proceeding";

export const TAGS = {
  papers: "Papers",
  tasks: "Tasks",
  datasets: "Datasets",
  methods: "Methods",
  areas: "Areas",
  evaluations: "Evaluation tables",
  repositories: "Repositories",
  authors: "Authors",
  conferences: "Conferences",
  other: "Search",
  submissions: "Submissions",
  moderation: "Moderation",
} as const;

export type Tag = (typeof TAGS)[keyof typeof TAGS];

type Base = {
  operationId: string;
  /** The OpenAPI path, under /api/v1. */
  path: string;
  tag: Tag;
  summary: string;
  description?: string;
  /** The thing the path's last parameter names, when it has one. */
  resource?: Resource;
  /** What the first of two parameters names: the evaluation of `/evaluations/{id}/metrics/{metric}/`. */
  parent?: Resource;
  response: z.ZodType;
  /** Query parameters for the docs' example request. */
  exampleQuery?: Record<string, string>;
  /** Which catalogue entry the docs' example asks about, when not the obvious one for `resource`. */
  exampleOf?: ExampleSubject;
  /**
   * The cache tags of the one entry the answer shows (lib/api/read-tags.ts), so that an approval elsewhere
   * leaves it cached; null when the path names no entry. Without it, the answer is the catalogue's: every
   * change expires it.
   */
  cacheTags?: (ids: string[]) => Promise<string[] | null>;
};

/** What a docs example needs from the catalogue: an id to ask about, or words to search for. */
export type ExampleSubject = Resource | "parentTask" | "subtask" | "searchWords";

export type ListEndpoint = Base & {
  paginated: true;
  params: z.ZodObject;
  /** Like `cacheTags`, for answers whose entries the query picks (a search): the tags of those shown, or null. */
  searchTags?: (params: never) => Promise<string[] | null>;
  /** `ids`: the path's parameters, in order. */
  read: (ids: string[], params: never, window: PageWindow) => Promise<Slice<unknown> | null>;
};

export type ObjectEndpoint = Base & {
  paginated: false;
  params: z.ZodObject;
  read: (...ids: string[]) => Promise<unknown | null>;
};

export type Endpoint = ListEndpoint | ObjectEndpoint;

/** The names of a path's parameters, in order: "/evaluations/{id}/metrics/{metric}/" → id, metric. */
export function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}

function list<P extends z.ZodObject>(
  endpoint: Base & {
    params: P;
    read: (ids: string[], params: z.output<P>, window: PageWindow) => Promise<Slice<unknown> | null>;
    searchTags?: (params: z.output<P>) => Promise<string[] | null>;
  },
): ListEndpoint {
  return { ...endpoint, paginated: true, read: endpoint.read as ListEndpoint["read"], searchTags: endpoint.searchTags as ListEndpoint["searchTags"] };
}

function object(endpoint: Base & { read: (...ids: string[]) => Promise<unknown | null> }): ObjectEndpoint {
  return { ...endpoint, paginated: false, params: z.object({}) };
}

const SMALL_PAGE = { items_per_page: "2" };

/** `read` for a list under an id: "/papers/{id}/tasks/" reads the paper's tasks. */
function under<T>(readList: (id: string, window: PageWindow) => Promise<Slice<T> | null>) {
  return ([id]: string[], _params: unknown, window: PageWindow) => readList(id, window);
}

/** `read` for a list under two ids: "/repositories/{owner}/{name}/papers/". */
function underTwo<T>(readList: (first: string, second: string, window: PageWindow) => Promise<Slice<T> | null>) {
  return ([first, second]: string[], _params: unknown, window: PageWindow) => readList(first, second, window);
}

export const endpoints = {
  listPapers: list({
    operationId: "listPapers",
    path: "/papers/",
    tag: TAGS.papers,
    summary: "List papers",
    description: "Newest first; with `q`, by relevance.",
    params: PaperListParams,
    response: PaperPageSchema,
    exampleQuery: SMALL_PAGE,
    read: (_ids, params, window) => read.listPapers(params, window),
    searchTags: paperSearchTags,
  }),
  getPaper: object({
    operationId: "getPaper",
    path: "/papers/{id}/",
    tag: TAGS.papers,
    summary: "Get a paper",
    resource: "paper",
    response: PaperSchema,
    cacheTags: paperTags,
    read: read.readPaper,
  }),
  listPaperResults: list({
    operationId: "listPaperResults",
    path: "/papers/{id}/results/",
    tag: TAGS.papers,
    summary: "List a paper's results",
    description: "Its published results on every benchmark, each ranked among that benchmark's results.",
    resource: "paper",
    params: PaginationParams,
    response: ResultPageSchema,
    exampleQuery: SMALL_PAGE,
    cacheTags: paperResultsTags,
    read: under(read.readPaperResults),
  }),
  listPaperTasks: list({
    operationId: "listPaperTasks",
    path: "/papers/{id}/tasks/",
    tag: TAGS.papers,
    summary: "List a paper's tasks",
    resource: "paper",
    params: PaginationParams,
    response: TaskPageSchema,
    read: under(read.readPaperTasks),
  }),
  listPaperDatasets: list({
    operationId: "listPaperDatasets",
    path: "/papers/{id}/datasets/",
    tag: TAGS.papers,
    summary: "List a paper's datasets",
    resource: "paper",
    params: PaginationParams,
    response: DatasetPageSchema,
    read: under(read.readPaperDatasets),
  }),
  listPaperMethods: list({
    operationId: "listPaperMethods",
    path: "/papers/{id}/methods/",
    tag: TAGS.papers,
    summary: "List a paper's methods",
    resource: "paper",
    params: PaginationParams,
    response: MethodPageSchema,
    read: under(read.readPaperMethods),
  }),
  listPaperRepositories: list({
    operationId: "listPaperRepositories",
    path: "/papers/{id}/repositories/",
    tag: TAGS.papers,
    summary: "List a paper's code repositories",
    description: "Official ones first, then by stars.",
    resource: "paper",
    params: PaginationParams,
    response: RepositoryPageSchema,
    read: under(read.readPaperRepositories),
  }),
  listTasks: list({
    operationId: "listTasks",
    path: "/tasks/",
    tag: TAGS.tasks,
    summary: "List tasks",
    description: "By name; with `q`, by relevance.",
    params: TaskListParams,
    response: TaskPageSchema,
    exampleQuery: SMALL_PAGE,
    read: (_ids, params, window) => read.listTasks(params, window),
  }),
  getTask: object({
    operationId: "getTask",
    path: "/tasks/{id}/",
    tag: TAGS.tasks,
    summary: "Get a task",
    resource: "task",
    response: TaskSchema,
    read: read.readTask,
  }),
  listTaskChildren: list({
    operationId: "listTaskChildren",
    path: "/tasks/{id}/children/",
    tag: TAGS.tasks,
    summary: "List a task's subtasks",
    resource: "task",
    exampleOf: "parentTask",
    params: PaginationParams,
    response: TaskPageSchema,
    read: under(read.readTaskChildren),
  }),
  listTaskParents: list({
    operationId: "listTaskParents",
    path: "/tasks/{id}/parents/",
    tag: TAGS.tasks,
    summary: "List a task's parent",
    description: "A task has at most one parent here: the list holds none or one.",
    resource: "task",
    exampleOf: "subtask",
    params: PaginationParams,
    response: TaskPageSchema,
    read: under(read.readTaskParents),
  }),
  listTaskPapers: list({
    operationId: "listTaskPapers",
    path: "/tasks/{id}/papers/",
    tag: TAGS.tasks,
    summary: "List a task's papers",
    description: "Newest first.",
    resource: "task",
    params: PaginationParams,
    response: PaperPageSchema,
    exampleQuery: SMALL_PAGE,
    read: under(read.readTaskPapers),
  }),
  listTaskEvaluations: list({
    operationId: "listTaskEvaluations",
    path: "/tasks/{id}/evaluations/",
    tag: TAGS.tasks,
    summary: "List a task's evaluation tables",
    resource: "task",
    params: PaginationParams,
    response: EvaluationPageSchema,
    read: under(read.readTaskEvaluations),
  }),
  listDatasets: list({
    operationId: "listDatasets",
    path: "/datasets/",
    tag: TAGS.datasets,
    summary: "List datasets",
    description: "Datasets and their subsets, by name; with `q`, by relevance.",
    params: DatasetListParams,
    response: DatasetPageSchema,
    exampleQuery: SMALL_PAGE,
    read: (_ids, params, window) => read.listDatasets(params, window),
  }),
  getDataset: object({
    operationId: "getDataset",
    path: "/datasets/{id}/",
    tag: TAGS.datasets,
    summary: "Get a dataset",
    resource: "dataset",
    response: DatasetSchema,
    read: read.readDataset,
  }),
  listDatasetEvaluations: list({
    operationId: "listDatasetEvaluations",
    path: "/datasets/{id}/evaluations/",
    tag: TAGS.datasets,
    summary: "List a dataset's evaluation tables",
    description: "The benchmarks on the dataset and on its subsets.",
    resource: "dataset",
    params: PaginationParams,
    response: EvaluationPageSchema,
    read: under(read.readDatasetEvaluations),
  }),
  listMethods: list({
    operationId: "listMethods",
    path: "/methods/",
    tag: TAGS.methods,
    summary: "List methods",
    description: "By name; with `q`, by relevance.",
    params: MethodListParams,
    response: MethodPageSchema,
    exampleQuery: SMALL_PAGE,
    read: (_ids, params, window) => read.listMethods(params, window),
  }),
  getMethod: object({
    operationId: "getMethod",
    path: "/methods/{id}/",
    tag: TAGS.methods,
    summary: "Get a method",
    resource: "method",
    response: MethodSchema,
    read: read.readMethod,
  }),
  listAreas: list({
    operationId: "listAreas",
    path: "/areas/",
    tag: TAGS.areas,
    summary: "List areas",
    params: AreaListParams,
    response: AreaPageSchema,
    read: (_ids, params, window) => read.listAreas(params, window),
  }),
  getArea: object({
    operationId: "getArea",
    path: "/areas/{id}/",
    tag: TAGS.areas,
    summary: "Get an area",
    resource: "area",
    response: AreaSchema,
    read: read.readArea,
  }),
  listAreaTasks: list({
    operationId: "listAreaTasks",
    path: "/areas/{id}/tasks/",
    tag: TAGS.areas,
    summary: "List an area's tasks",
    resource: "area",
    params: PaginationParams,
    response: TaskPageSchema,
    exampleQuery: SMALL_PAGE,
    read: under(read.readAreaTasks),
  }),
  listEvaluations: list({
    operationId: "listEvaluations",
    path: "/evaluations/",
    tag: TAGS.evaluations,
    summary: "List evaluation tables",
    description: "Every benchmark (a task on a dataset), by id.",
    params: PaginationParams,
    response: EvaluationPageSchema,
    exampleQuery: SMALL_PAGE,
    read: (_ids, _params, window) => read.listEvaluationsWhere({}, window),
  }),
  getEvaluation: object({
    operationId: "getEvaluation",
    path: "/evaluations/{id}/",
    tag: TAGS.evaluations,
    summary: "Get an evaluation table",
    resource: "evaluation",
    response: EvaluationSchema,
    cacheTags: evaluationTags,
    read: read.readEvaluation,
  }),
  listEvaluationMetrics: list({
    operationId: "listEvaluationMetrics",
    path: "/evaluations/{id}/metrics/",
    tag: TAGS.evaluations,
    summary: "List an evaluation table's metrics",
    description: "In the benchmark's order: the first metric that is ranked ranks the leaderboard.",
    resource: "evaluation",
    params: PaginationParams,
    response: MetricPageSchema,
    cacheTags: evaluationTags,
    read: under(read.readEvaluationMetrics),
  }),
  getEvaluationMetric: object({
    operationId: "getEvaluationMetric",
    path: "/evaluations/{id}/metrics/{metric}/",
    tag: TAGS.evaluations,
    summary: "Get a metric of an evaluation table",
    resource: "metric",
    parent: "evaluation",
    response: MetricSchema,
    cacheTags: evaluationTags,
    read: read.readEvaluationMetric,
  }),
  listEvaluationResults: list({
    operationId: "listEvaluationResults",
    path: "/evaluations/{id}/results/",
    tag: TAGS.evaluations,
    summary: "List an evaluation table's results",
    description:
      "Its published results in the leaderboard's order: best first on the default metric, unranked last. With `as_of`, as the table stood that day.",
    resource: "evaluation",
    params: ResultListParams,
    response: ResultPageSchema,
    exampleQuery: SMALL_PAGE,
    cacheTags: evaluationTags,
    read: ([id]: string[], params: z.output<typeof ResultListParams>, window: PageWindow) =>
      read.readEvaluationResults(id, window, { asOf: params.as_of || null, trust: params.trust ?? null }),
  }),
  getEvaluationResult: object({
    operationId: "getEvaluationResult",
    path: "/evaluations/{id}/results/{result}/",
    tag: TAGS.evaluations,
    summary: "Get a result of an evaluation table",
    description: "One published result, ranked among the table's.",
    resource: "result",
    parent: "evaluation",
    response: ResultSchema,
    cacheTags: evaluationTags,
    read: read.readEvaluationResult,
  }),
  listRepositories: list({
    operationId: "listRepositories",
    path: "/repositories/",
    tag: TAGS.repositories,
    summary: "List code repositories",
    description: "Every repository address once, by address. `is_official` is null here: it belongs to a paper's list.",
    params: RepositoryListParams,
    response: RepositoryPageSchema,
    exampleQuery: SMALL_PAGE,
    read: (_ids, params, window) => read.listRepositories(params, window),
  }),
  listOwnerRepositories: list({
    operationId: "listOwnerRepositories",
    path: "/repositories/{owner}/",
    tag: TAGS.repositories,
    summary: "List an owner's repositories",
    description: "The repositories whose address names this owner (GitHub, GitLab or Bitbucket), by address.",
    resource: "repository",
    params: PaginationParams,
    response: RepositoryPageSchema,
    read: under(read.readOwnerRepositories),
  }),
  getRepository: object({
    operationId: "getRepository",
    path: "/repositories/{owner}/{name}/",
    tag: TAGS.repositories,
    summary: "Get a repository",
    description: "By owner and name; the GitHub one when another host has the same.",
    resource: "repository",
    response: RepositorySchema,
    read: read.readRepository,
  }),
  listRepositoryPapers: list({
    operationId: "listRepositoryPapers",
    path: "/repositories/{owner}/{name}/papers/",
    tag: TAGS.repositories,
    summary: "List a repository's papers",
    description: "The papers that link it, newest first.",
    resource: "repository",
    params: PaginationParams,
    response: PaperPageSchema,
    read: underTwo(read.readRepositoryPapers),
  }),
  listAuthors: list({
    operationId: "listAuthors",
    path: "/authors/",
    tag: TAGS.authors,
    summary: "List authors",
    description: "Every name the papers give once, by name.",
    params: AuthorListParams,
    response: AuthorPageSchema,
    exampleQuery: SMALL_PAGE,
    read: (_ids, params, window) => read.listAuthors(params, window),
  }),
  getAuthor: object({
    operationId: "getAuthor",
    path: "/authors/{id}/",
    tag: TAGS.authors,
    summary: "Get an author",
    resource: "author",
    response: AuthorSchema,
    read: read.readAuthor,
  }),
  listAuthorPapers: list({
    operationId: "listAuthorPapers",
    path: "/authors/{id}/papers/",
    tag: TAGS.authors,
    summary: "List an author's papers",
    description: "Newest first.",
    resource: "author",
    params: PaginationParams,
    response: PaperPageSchema,
    exampleQuery: SMALL_PAGE,
    read: under(read.readAuthorPapers),
  }),
  listConferences: list({
    operationId: "listConferences",
    path: "/conferences/",
    tag: TAGS.conferences,
    summary: "List conferences",
    description:
      "The conferences the papers' venues name, by name. A venue is kept as text: `ECCV 2020` and `neurips-2019-12` are read as a conference and a proceeding.",
    params: ConferenceListParams,
    response: ConferencePageSchema,
    read: (_ids, params, window) => read.listConferences(params, window),
  }),
  getConference: object({
    operationId: "getConference",
    path: "/conferences/{id}/",
    tag: TAGS.conferences,
    summary: "Get a conference",
    resource: "conference",
    response: ConferenceSchema,
    read: read.readConference,
  }),
  listProceedings: list({
    operationId: "listProceedings",
    path: "/conferences/{id}/proceedings/",
    tag: TAGS.conferences,
    summary: "List a conference's proceedings",
    description: "Newest first.",
    resource: "conference",
    params: PaginationParams,
    response: ProceedingPageSchema,
    read: under(read.readConferenceProceedings),
  }),
  getProceeding: object({
    operationId: "getProceeding",
    path: "/conferences/{id}/proceedings/{proceeding}/",
    tag: TAGS.conferences,
    summary: "Get a proceeding",
    resource: "proceeding",
    parent: "conference",
    response: ProceedingSchema,
    read: read.readProceeding,
  }),
  listProceedingPapers: list({
    operationId: "listProceedingPapers",
    path: "/conferences/{id}/proceedings/{proceeding}/papers/",
    tag: TAGS.conferences,
    summary: "List a proceeding's papers",
    description: "Newest first.",
    resource: "proceeding",
    parent: "conference",
    params: PaginationParams,
    response: PaperPageSchema,
    exampleQuery: SMALL_PAGE,
    read: underTwo(read.readProceedingPapers),
  }),
  search: list({
    operationId: "search",
    path: "/search/",
    tag: TAGS.other,
    summary: "Search papers",
    description: "Papers by relevance to `q`, each with its main code repository; without `q`, the newest papers.",
    params: SearchParams,
    response: PaperRepositoryPageSchema,
    exampleOf: "searchWords",
    exampleQuery: SMALL_PAGE,
    read: (_ids, params, window) => read.searchPapers(params.q, window),
    searchTags: paperSearchTags,
  }),
} satisfies Record<string, Endpoint>;

export const ENDPOINTS: Endpoint[] = Object.values(endpoints);
