import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { prisma } from "@/lib/db";
import * as areas from "@/app/api/v1/areas/route";
import * as area from "@/app/api/v1/areas/[id]/route";
import * as areaTasks from "@/app/api/v1/areas/[id]/tasks/route";
import * as datasets from "@/app/api/v1/datasets/route";
import * as dataset from "@/app/api/v1/datasets/[id]/route";
import * as datasetEvaluations from "@/app/api/v1/datasets/[id]/evaluations/route";
import * as evaluations from "@/app/api/v1/evaluations/route";
import * as evaluation from "@/app/api/v1/evaluations/[id]/route";
import * as evaluationMetrics from "@/app/api/v1/evaluations/[id]/metrics/route";
import * as evaluationResults from "@/app/api/v1/evaluations/[id]/results/route";
import * as methods from "@/app/api/v1/methods/route";
import * as method from "@/app/api/v1/methods/[id]/route";
import * as papers from "@/app/api/v1/papers/route";
import * as paper from "@/app/api/v1/papers/[id]/route";
import * as paperDatasets from "@/app/api/v1/papers/[id]/datasets/route";
import * as paperMethods from "@/app/api/v1/papers/[id]/methods/route";
import * as paperRepositories from "@/app/api/v1/papers/[id]/repositories/route";
import * as paperResults from "@/app/api/v1/papers/[id]/results/route";
import * as paperTasks from "@/app/api/v1/papers/[id]/tasks/route";
import * as repositories from "@/app/api/v1/repositories/route";
import * as search from "@/app/api/v1/search/route";
import * as tasks from "@/app/api/v1/tasks/route";
import * as task from "@/app/api/v1/tasks/[id]/route";
import * as taskChildren from "@/app/api/v1/tasks/[id]/children/route";
import * as taskEvaluations from "@/app/api/v1/tasks/[id]/evaluations/route";
import * as taskPapers from "@/app/api/v1/tasks/[id]/papers/route";
import * as taskParents from "@/app/api/v1/tasks/[id]/parents/route";
import * as unknownPath from "@/app/api/v1/[...path]/route";
import { ApiErrorSchema } from "./errors";
import * as schemas from "./schemas";
import { createApiTestCatalogue } from "./testing/catalogue";
import { call, type Route } from "./testing/call";

// Outside a Next.js server there is no data cache: the reads run as they are.
vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn }));

let catalogue: Awaited<ReturnType<typeof createApiTestCatalogue>>;

beforeAll(async () => {
  catalogue = await createApiTestCatalogue();
});

/** The body parsed by the schema equals the body: every field is there, none is added. */
function expectShape(schema: z.ZodType, body: unknown) {
  expect(schema.parse(body)).toEqual(body);
}

const PAPER = "end-to-end-object-detection-with-transformers";
const BENCHMARK = "object-detection-on-coco-test-dev";

// Every endpoint: [name, route, id, page schema or object schema, how many items the test catalogue gives].
const LISTS: [string, Route, string | null, z.ZodType, number][] = [
  ["papers/", papers, null, schemas.PaperPageSchema, 3],
  ["papers/{id}/results/", paperResults, PAPER, schemas.ResultPageSchema, 1],
  ["papers/{id}/tasks/", paperTasks, PAPER, schemas.TaskPageSchema, 1],
  ["papers/{id}/datasets/", paperDatasets, PAPER, schemas.DatasetPageSchema, 1],
  ["papers/{id}/methods/", paperMethods, PAPER, schemas.MethodPageSchema, 1],
  ["papers/{id}/repositories/", paperRepositories, PAPER, schemas.RepositoryPageSchema, 2],
  ["tasks/", tasks, null, schemas.TaskPageSchema, 2],
  ["tasks/{id}/children/", taskChildren, "object-detection", schemas.TaskPageSchema, 1],
  ["tasks/{id}/parents/", taskParents, "real-time-object-detection", schemas.TaskPageSchema, 1],
  ["tasks/{id}/papers/", taskPapers, "object-detection", schemas.PaperPageSchema, 2],
  ["tasks/{id}/evaluations/", taskEvaluations, "object-detection", schemas.EvaluationPageSchema, 1],
  ["datasets/", datasets, null, schemas.DatasetPageSchema, 2],
  ["datasets/{id}/evaluations/", datasetEvaluations, "coco", schemas.EvaluationPageSchema, 1],
  ["methods/", methods, null, schemas.MethodPageSchema, 1],
  ["areas/", areas, null, schemas.AreaPageSchema, 1],
  ["areas/{id}/tasks/", areaTasks, "computer-vision", schemas.TaskPageSchema, 2],
  ["evaluations/", evaluations, null, schemas.EvaluationPageSchema, 1],
  ["evaluations/{id}/metrics/", evaluationMetrics, BENCHMARK, schemas.MetricPageSchema, 3],
  ["evaluations/{id}/results/", evaluationResults, BENCHMARK, schemas.ResultPageSchema, 2],
  ["repositories/", repositories, null, schemas.RepositoryPageSchema, 2],
];

const OBJECTS: [string, Route, string, z.ZodType][] = [
  ["papers/{id}/", paper, PAPER, schemas.PaperSchema],
  ["tasks/{id}/", task, "object-detection", schemas.TaskSchema],
  ["datasets/{id}/", dataset, "coco-test-dev", schemas.DatasetSchema],
  ["methods/{id}/", method, "detr", schemas.MethodSchema],
  ["areas/{id}/", area, "computer-vision", schemas.AreaSchema],
  ["evaluations/{id}/", evaluation, BENCHMARK, schemas.EvaluationSchema],
];

describe("every endpoint's shape", () => {
  it.each(LISTS)("%s is a page of the old API's objects", async (_name, route, id, schema, count) => {
    const { status, body } = await call(route, { id });
    expect(status).toBe(200);
    expectShape(schema, body);
    expect(body).toMatchObject({ count, next: null, previous: null });
    expect((body as { results: unknown[] }).results).toHaveLength(count);
  });

  it.each(OBJECTS)("%s is one object", async (_name, route, id, schema) => {
    const { status, body } = await call(route, { id });
    expect(status).toBe(200);
    expectShape(schema, body);
  });

  it("search/ is a page of papers with their main repository", async () => {
    const { status, body } = await call(search, { query: { q: "transformers detection" } });
    expect(status).toBe(200);
    expectShape(schemas.PaperRepositoryPageSchema, body);
    expect(body).toMatchObject({
      count: 1,
      results: [
        { paper: { id: PAPER }, repository: { url: "https://github.com/facebookresearch/detr", owner: "facebookresearch", name: "detr" }, is_official: true },
      ],
    });
  });
});

describe("what the fields hold", () => {
  it("a paper: ids are slugs, dates are days, the venue a conference and a proceeding, what is not kept is null", async () => {
    const { body } = await call(paper, { id: PAPER });
    expect(body).toEqual({
      id: PAPER,
      arxiv_id: "2005.12872",
      nips_id: null,
      url_abs: "https://arxiv.org/abs/2005.12872",
      url_pdf: "https://arxiv.org/pdf/2005.12872",
      title: "End-to-End Object Detection with Transformers",
      abstract: "We present a new method that views object detection as a direct set prediction problem.",
      authors: ["Nicolas Carion", "Francisco Massa"],
      published: "2020-05-26",
      published_source: "paper",
      conference: "eccv",
      conference_url_abs: null,
      conference_url_pdf: null,
      proceeding: "eccv-2020",
    });
  });

  it("results: only approved ones, in leaderboard order, with the best rank on any metric", async () => {
    const { body } = await call(evaluationResults, { id: BENCHMARK });
    expect(body).toMatchObject({
      count: 2,
      results: [
        {
          id: catalogue.detrResult.id,
          best_rank: 1,
          best_metric: "box AP",
          metrics: { "box AP": "42.0", Params: "41M", Error: "5.0" },
          methodology: "DETR-R50",
          uses_additional_data: false,
          paper: PAPER,
          evaluated_on: "2020-05-26",
          external_source_url: "https://arxiv.org/pdf/2005.12872#table.1",
          evaluation: BENCHMARK,
        },
        { id: catalogue.yoloResult.id, best_rank: 1, best_metric: "Error", uses_additional_data: true, external_source_url: null },
      ],
    });
  });

  it("metrics: slugs as ids, is_loss for lower-is-better only", async () => {
    const { body } = await call(evaluationMetrics, { id: BENCHMARK });
    expect((body as { results: unknown[] }).results).toEqual([
      { id: "box-ap", name: "box AP", description: "Average precision over IoU thresholds.", is_loss: false },
      { id: "params", name: "Params", description: "", is_loss: false },
      { id: "error", name: "Error", description: "", is_loss: true },
    ]);
  });

  it("a subset's full name carries its dataset's; a method names the paper that introduced it", async () => {
    expect((await call(dataset, { id: "coco-test-dev" })).body).toEqual({ id: "coco-test-dev", name: "test-dev", full_name: "COCO test-dev", url: null });
    expect((await call(method, { id: "detr" })).body).toEqual({
      id: "detr",
      name: "DETR",
      full_name: "Detection Transformer",
      description: "A transformer that predicts a set of boxes.",
      paper: PAPER,
    });
  });

  it("a paper's repositories: official first, unknown stars and framework as 0 and none", async () => {
    const { body } = await call(paperRepositories, { id: PAPER });
    expect((body as { results: unknown[] }).results).toEqual([
      {
        url: "https://github.com/facebookresearch/detr",
        owner: "facebookresearch",
        name: "detr",
        description: "",
        stars: 12000,
        framework: "pytorch",
        is_official: true,
      },
      { url: "https://github.com/someone/detr-port", owner: "someone", name: "detr-port", description: "", stars: 0, framework: "none", is_official: false },
    ]);
  });
});

describe("filters", () => {
  const ids = (body: unknown) => (body as { results: { id: string }[] }).results.map((item) => item.id);

  it("papers by arXiv id (with or without version), title, abstract and full text", async () => {
    expect(ids((await call(papers, { query: { arxiv_id: "2005.12872v3" } })).body)).toEqual([PAPER]);
    expect(ids((await call(papers, { query: { title: "yolov3" } })).body)).toEqual(["yolov3-an-incremental-improvement"]);
    expect(ids((await call(papers, { query: { abstract: "set prediction" } })).body)).toEqual([PAPER]);
    expect(ids((await call(papers, { query: { q: "incremental" } })).body)).toEqual(["yolov3-an-incremental-improvement"]);
    expect(ids((await call(papers, { query: { q: "detection", title: "yolo" } })).body)).toEqual([]);
  });

  it("papers newest first, undated last", async () => {
    expect(ids((await call(papers)).body)).toEqual([PAPER, "yolov3-an-incremental-improvement", "an-undated-paper"]);
  });

  it("tasks, datasets, methods and areas by name and by search", async () => {
    expect(ids((await call(tasks, { query: { name: "real-time" } })).body)).toEqual(["real-time-object-detection"]);
    expect(ids((await call(tasks, { query: { q: "detect" } })).body)).toHaveLength(2);
    expect(ids((await call(datasets, { query: { name: "test" } })).body)).toEqual(["coco-test-dev"]);
    expect(ids((await call(methods, { query: { full_name: "transformer" } })).body)).toEqual(["detr"]);
    expect(ids((await call(areas, { query: { q: "vision computer" } })).body)).toEqual(["computer-vision"]);
    expect(ids((await call(areas, { query: { name: "speech" } })).body)).toEqual([]);
  });
});

describe("pagination", () => {
  it("counts all, links the neighbours with absolute URLs keeping the other parameters", async () => {
    const first = await call(papers, { query: { items_per_page: "1", title: "e" } });
    expect(first.body).toMatchObject({
      count: 3,
      previous: null,
      next: "http://api.test/api/v1/papers/?items_per_page=1&title=e&page=2",
    });
    const second = await call(papers, { query: { items_per_page: "1", title: "e", page: "2" } });
    expect(second.body).toMatchObject({
      next: "http://api.test/api/v1/papers/?items_per_page=1&title=e&page=3",
      previous: "http://api.test/api/v1/papers/?items_per_page=1&title=e",
    });
    const last = await call(papers, { query: { items_per_page: "1", title: "e", page: "3" } });
    expect(last.body).toMatchObject({ next: null, results: [{ id: "an-undated-paper" }] });
  });

  it("builds the links from the address the caller used, behind a proxy too", async () => {
    process.env.PWC_PROXY_HOPS = "1";
    const { body } = await call(tasks, {
      path: "/tasks/",
      query: { items_per_page: "1" },
      headers: { "x-forwarded-host": "pwc.example.org", "x-forwarded-proto": "https" },
    });
    delete process.env.PWC_PROXY_HOPS;
    expect(body).toMatchObject({ next: "https://pwc.example.org/api/v1/tasks/?items_per_page=1&page=2" });
  });

  it("allows up to 500 items a page, 50 unless asked", async () => {
    expect((await call(tasks, { query: { items_per_page: "500" } })).status).toBe(200);
    const many = await Promise.all(Array.from({ length: 51 }, (_, i) => prisma.area.create({ data: { name: `Area ${i}`, slug: `area-${i}` } })));
    const { body } = await call(areas, { path: "/areas/" });
    expect(body).toMatchObject({ count: many.length + 1, next: "http://api.test/api/v1/areas/?page=2" });
    expect((body as { results: unknown[] }).results).toHaveLength(50);
    await prisma.area.deleteMany({ where: { id: { in: many.map((a) => a.id) } } });
  });

  it("answers a page past the last with a 404 naming the page", async () => {
    const { status, body } = await call(tasks, { query: { page: "3" } });
    expect(status).toBe(404);
    expectShape(ApiErrorSchema, body);
    expect(body).toEqual({ error: { code: "not_found", parameter: "page", message: "Page 3 does not exist: there is 1 page." } });
  });
});

describe("errors", () => {
  it.each([
    ["items_per_page", "501", "items_per_page must be at most 500"],
    ["items_per_page", "0", "items_per_page must be at least 1"],
    ["page", "two", "page must be a whole number"],
    ["page", "1.5", "page must be a whole number"],
  ])("?%s=%s is a 400 naming the parameter", async (parameter, value, message) => {
    const { status, body } = await call(papers, { query: { [parameter]: value } });
    expect(status).toBe(400);
    expectShape(ApiErrorSchema, body);
    expect(body).toEqual({ error: { code: "invalid_parameter", parameter, message: `${message} (got "${value}").` } });
  });

  it("a too long filter is a 400 naming it", async () => {
    expect((await call(papers, { query: { title: "x".repeat(201) } })).body).toMatchObject({ error: { code: "invalid_parameter", parameter: "title" } });
    expect((await call(search, { query: { q: "x".repeat(201) } })).body).toMatchObject({ error: { code: "invalid_parameter", parameter: "q" } });
  });

  it.each([...OBJECTS.map(([name, route]) => [name, route] as const), ...LISTS.filter(([, , id]) => id).map(([name, route]) => [name, route] as const)])(
    "%s answers an unknown id with a JSON 404",
    async (_name, route) => {
      const { status, body } = await call(route, { id: "no-such-thing" });
      expect(status).toBe(404);
      expectShape(ApiErrorSchema, body);
      expect(body).toMatchObject({ error: { code: "not_found", message: expect.stringContaining('"no-such-thing"') } });
    },
  );

  it("an address that names no endpoint is a JSON 404", async () => {
    const response = unknownPath.GET(new Request("http://api.test/api/v1/journals/"));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });
});

describe("cross-origin reads", () => {
  it("GET answers allow any origin, without credentials", async () => {
    const { headers } = await call(tasks, { headers: { origin: "https://elsewhere.example" } });
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(headers.get("access-control-allow-credentials")).toBeNull();
    expect(headers.get("access-control-expose-headers")).toContain("Retry-After");
  });

  it("a preflight is answered with the methods and headers allowed", async () => {
    const response = tasks.OPTIONS();
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "GET, OPTIONS",
      "access-control-allow-headers": "Authorization, Content-Type",
    });
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("errors carry the same header, so that a browser script can read them", async () => {
    const { headers } = await call(paper, { id: "missing" });
    expect(headers.get("access-control-allow-origin")).toBe("*");
  });
});
