// The old Python client (paperswithcode-client 0.3, on tea-client and pydantic 1) as our contract
// tests replay it: its read methods' addresses and parameters, its page handling and its models' fields
// with their types and nullability, read from github.com/paperswithcode/paperswithcode-client
// (paperswithcode/client.py, paperswithcode/models/) and github.com/alefnula/tea-client (tea_client/http.py).
// There is no PyPI here to run it: this replays what it does with an answer, step by step.

/** A model field: its type, and whether it is `Optional[...]` (may be null or absent). */
type Field = { type: FieldType; isOptional?: boolean };
type FieldType = "str" | "int" | "bool" | "date" | "dict" | { list: FieldType } | Model;
export type Model = { name: string; fields: Record<string, Field> };

const str: Field = { type: "str" };
const optionalStr: Field = { type: "str", isOptional: true };
const model = (name: string, fields: Record<string, Field>): Model => ({ name, fields });

export const Paper = model("Paper", {
  id: str,
  arxiv_id: optionalStr,
  nips_id: optionalStr,
  url_abs: str,
  url_pdf: str,
  title: str,
  abstract: str,
  authors: { type: { list: "str" } },
  // `published: date` in the released client: not Optional, so null is refused.
  published: { type: "date" },
  conference: optionalStr,
  conference_url_abs: optionalStr,
  conference_url_pdf: optionalStr,
  proceeding: optionalStr,
});
export const Repository = model("Repository", {
  url: str,
  owner: str,
  name: str,
  description: str,
  stars: { type: "int" },
  framework: str,
  is_official: { type: "bool", isOptional: true },
});
export const PaperRepo = model("PaperRepo", { paper: { type: Paper }, repository: { type: Repository, isOptional: true }, is_official: { type: "bool" } });
export const Author = model("Author", { id: str, full_name: str });
export const Conference = model("Conference", { id: str, name: str });
export const Proceeding = model("Proceeding", { id: str, year: { type: "int", isOptional: true }, month: { type: "int", isOptional: true } });
export const Area = model("Area", { id: str, name: str });
export const Task = model("Task", { id: str, name: str, description: str });
export const Dataset = model("Dataset", { id: str, name: str, url: optionalStr });
export const Method = model("Method", { id: str, name: str, full_name: str, description: str, paper: optionalStr });
export const EvaluationTable = model("EvaluationTable", { id: str, task: str, dataset: str, description: str, mirror_url: optionalStr });
export const Metric = model("Metric", { id: str, name: str, description: str, is_loss: { type: "bool" } });
export const Result = model("Result", {
  id: str,
  best_rank: { type: "int", isOptional: true },
  metrics: { type: "dict" },
  methodology: str,
  uses_additional_data: { type: "bool" },
  paper: optionalStr,
  best_metric: optionalStr,
  evaluated_on: optionalStr,
  external_source_url: optionalStr,
});

/** pydantic's refusal, as the client raises it (tea-client wraps it in ValidationError). */
export class ValidationError extends Error {}

function checkValue(value: unknown, field: Field, path: string): void {
  if (value === null || value === undefined) {
    // Optional[X] without a default: None, or nothing at all. Anything else is required and not None.
    if (field.isOptional) return;
    throw new ValidationError(`${path}: ${value === null ? "none is not an allowed value" : "field required"}`);
  }
  const { type } = field;
  const wrong = (expected: string) => new ValidationError(`${path}: expected ${expected}, got ${JSON.stringify(value)}`);
  if (type === "str" && typeof value !== "string") throw wrong("a string");
  if (type === "int" && !Number.isInteger(value)) throw wrong("an integer");
  if (type === "bool" && typeof value !== "boolean") throw wrong("a boolean");
  if (type === "dict" && (typeof value !== "object" || Array.isArray(value))) throw wrong("an object");
  // pydantic 1 reads a date from "YYYY-MM-DD" (or a timestamp, which this API never sends).
  if (type === "date" && !(typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)))) throw wrong("a date");
  if (typeof type === "object" && "list" in type) {
    if (!Array.isArray(value)) throw wrong("a list");
    value.forEach((item, index) => checkValue(item, { type: type.list }, `${path}.${index}`));
  }
  if (typeof type === "object" && "fields" in type) parseModel(type, value, path);
}

/** `Model(**data)`: every field present with its type; fields the model does not know are ignored, as pydantic does. */
export function parseModel(target: Model, data: unknown, path = target.name): Record<string, unknown> {
  if (!data || typeof data !== "object" || Array.isArray(data)) throw new ValidationError(`${path}: expected an object`);
  const record = data as Record<string, unknown>;
  for (const [name, field] of Object.entries(target.fields)) checkValue(record[name], field, `${path}.${name}`);
  return Object.fromEntries(Object.keys(target.fields).map((name) => [name, record[name] ?? null]));
}

/** The client's `__parse`: a page link's number, 1 when it has no `page`. */
function pageNumber(link: string): number {
  const { searchParams } = new URL(link);
  const page = searchParams.get("page");
  if (page === null) return 1;
  const number = Number(page);
  if (!Number.isInteger(number)) throw new ValidationError(`page link ${link}: int() of ${JSON.stringify(page)} fails`);
  return number;
}

/** The client's `__page`: result["count"], ["next"], ["previous"], ["results"] (a KeyError when one is missing), then the Page model. */
export function parsePage(
  item: Model,
  data: unknown,
): { count: number; next_page: number | null; previous_page: number | null; results: Record<string, unknown>[] } {
  const page = data as Record<string, unknown>;
  for (const key of ["count", "next", "previous", "results"]) {
    if (!(key in page)) throw new ValidationError(`KeyError: '${key}'`);
  }
  checkValue(page.count, { type: "int" }, "Page.count");
  if (!Array.isArray(page.results)) throw new ValidationError("Page.results: expected a list");
  return {
    count: page.count as number,
    next_page: page.next === null ? null : pageNumber(page.next as string),
    previous_page: page.previous === null ? null : pageNumber(page.previous as string),
    results: page.results.map((result, index) => parseModel(item, result, `${item.name}s.results.${index}`)),
  };
}

/** tea-client's HttpClient.request after the answer: a 2xx is its JSON; otherwise the rate-limit headers it reads, then its error. */
export class HttpClientError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const ERRORS: Record<number, string> = {
  401: "Unauthorized",
  403: "Forbidden!",
  404: "Not found.",
  409: "Conflict",
  429: "Under pressure! (Too many requests)",
  500: "You broke it!!!",
};

export function readAnswer(status: number, headers: Headers, body: unknown): unknown {
  if (status >= 200 && status <= 299) return body;
  if (headers.get("X-Ratelimit-Limit") !== null) {
    for (const name of ["X-Ratelimit-Remaining", "X-Ratelimit-Reset", "X-Ratelimit-Retry"]) {
      if (headers.get(name) === null) throw new Error(`KeyError: '${name}'`);
    }
  }
  const known = ERRORS[status];
  if (known) throw new HttpClientError(known, status);
  // 400: "\n".join(response.json()["error"]), else "Bad Request.".
  throw new HttpClientError(status === 400 ? "Bad Request." : "Unknown error.", status);
}

/** Every read method of the client: its address (ids in braces), the parameters it may send, and what it parses. */
export const CLIENT_READS = {
  search: { path: "/search/", params: ["q"], page: PaperRepo },
  paper_list: { path: "/papers/", params: ["q", "arxiv_id", "title", "abstract", "ordering"], page: Paper },
  paper_get: { path: "/papers/{paper_id}/", object: Paper },
  paper_dataset_list: { path: "/papers/{paper_id}/datasets/", page: Dataset },
  paper_repository_list: { path: "/papers/{paper_id}/repositories/", page: Repository },
  paper_task_list: { path: "/papers/{paper_id}/tasks/", page: Task },
  paper_method_list: { path: "/papers/{paper_id}/methods/", page: Method },
  paper_result_list: { path: "/papers/{paper_id}/results/", page: Result },
  repository_list: { path: "/repositories/", params: ["q", "owner", "name", "stars", "framework", "ordering"], page: Repository },
  // Without a trailing slash nor page parameters, as the client sends it.
  repository_owner_list: { path: "/repositories/{owner}", page: Repository, sendsNoPage: true },
  repository_get: { path: "/repositories/{owner}/{name}/", object: Repository },
  repository_paper_list: { path: "/repositories/{owner}/{name}/papers/", page: Paper },
  author_list: { path: "/authors/", params: ["q", "full_name", "ordering"], page: Author },
  author_get: { path: "/authors/{author_id}/", object: Author },
  author_paper_list: { path: "/authors/{author_id}/papers/", page: Paper },
  conference_list: { path: "/conferences/", params: ["q", "name", "ordering"], page: Conference },
  conference_get: { path: "/conferences/{conference_id}/", object: Conference },
  proceeding_list: { path: "/conferences/{conference_id}/proceedings/", page: Proceeding },
  proceeding_get: { path: "/conferences/{conference_id}/proceedings/{proceeding_id}/", object: Proceeding },
  proceeding_paper_list: { path: "/conferences/{conference_id}/proceedings/{proceeding_id}/papers/", page: Paper },
  area_list: { path: "/areas/", params: ["q", "name", "ordering"], page: Area },
  area_get: { path: "/areas/{area_id}/", object: Area },
  area_task_list: { path: "/areas/{area_id}/tasks/", page: Task },
  task_list: { path: "/tasks/", params: ["q", "name", "ordering"], page: Task },
  task_get: { path: "/tasks/{task_id}/", object: Task },
  task_parent_list: { path: "/tasks/{task_id}/parents/", page: Task },
  task_child_list: { path: "/tasks/{task_id}/children/", page: Task },
  task_paper_list: { path: "/tasks/{task_id}/papers/", page: Paper },
  task_evaluation_list: { path: "/tasks/{task_id}/evaluations/", page: EvaluationTable },
  dataset_list: { path: "/datasets/", params: ["q", "name", "full_name", "ordering"], page: Dataset },
  dataset_get: { path: "/datasets/{dataset_id}/", object: Dataset },
  dataset_evaluation_list: { path: "/datasets/{dataset_id}/evaluations/", page: EvaluationTable },
  method_list: { path: "/methods/", params: ["q", "name", "full_name", "ordering"], page: Method },
  method_get: { path: "/methods/{method_id}/", object: Method },
  evaluation_list: { path: "/evaluations/", page: EvaluationTable },
  evaluation_get: { path: "/evaluations/{evaluation_id}/", object: EvaluationTable },
  evaluation_metric_list: { path: "/evaluations/{evaluation_id}/metrics/", page: Metric },
  evaluation_metric_get: { path: "/evaluations/{evaluation_id}/metrics/{metric_id}/", object: Metric },
  evaluation_result_list: { path: "/evaluations/{evaluation_id}/results/", page: Result },
  evaluation_result_get: { path: "/evaluations/{evaluation_id}/results/{result_id}/", object: Result },
} satisfies Record<string, { path: string; params?: string[]; page?: Model; object?: Model; sendsNoPage?: boolean }>;

export type ClientRead = keyof typeof CLIENT_READS;
