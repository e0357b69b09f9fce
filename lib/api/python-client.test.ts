// Contract tests from the old Python client (lib/api/testing/python-client.ts): every read method it has,
// called as it calls them, its answer parsed as its models parse them, on ids that exist and ids that do not.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { API_LIMITS } from "./limits";
import { createApiTestCatalogue } from "./testing/catalogue";
import { CLIENT_READS, HttpClientError, Paper, parseModel, parsePage, readAnswer, ValidationError, type ClientRead } from "./testing/python-client";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn }));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

// The route folders of /api/v1, matched as Next.js matches them: a named segment, then the catch-all.
const ROUTES = Object.entries(import.meta.glob<{ GET: Handler }>("/app/api/v1/**/route.ts", { eager: true }))
  .map(([file, module]) => {
    const folders = file.replace(/^\/app\/api\/v1/, "").replace(/\/route\.ts$/, "");
    const names: string[] = [];
    const pattern = folders.replace(/\[(\.\.\.)?(\w+)\]/g, (_all, rest: string | undefined, name: string) => {
      names.push(name);
      return rest ? "(.+)" : "([^/]+)";
    });
    return { regex: new RegExp(`^${pattern}/?$`), names, isCatchAll: folders.includes("[..."), GET: module.GET };
  })
  .sort((a, b) => Number(a.isCatchAll) - Number(b.isCatchAll));

/** The route handler's answer to a GET of `path`. */
async function get(path: string, params: Record<string, string> = {}): Promise<Response> {
  const url = new URL(`http://api.test/api/v1${path}`);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  const route = ROUTES.find((candidate) => candidate.regex.test(url.pathname.replace(/^\/api\/v1/, "")));
  if (!route) throw new Error(`No route for ${path}`);
  const values = url.pathname
    .replace(/^\/api\/v1/, "")
    .match(route.regex)!
    .slice(1);
  return route.GET(new Request(url), { params: Promise.resolve(Object.fromEntries(route.names.map((name, i) => [name, values[i]]))) });
}

/** The client's `http.get(url, params=…)`: the answer read as tea-client reads it. */
async function httpGet(path: string, params: Record<string, string> = {}) {
  const response = await get(path, params);
  return { response, data: readAnswer(response.status, response.headers, await response.json()) };
}

/** What a method returns: a page (count, next_page, previous_page, results) or one object's fields. */
type Parsed = ReturnType<typeof parsePage> & Record<string, unknown>;

/** A read method of the client, with the ids of its address in order and its optional parameters. */
async function client(method: ClientRead, ids: string[] = [], options: Record<string, string> = {}, page = 1, itemsPerPage = 50): Promise<Parsed> {
  const read = CLIENT_READS[method];
  let at = 0;
  // httpx sends a path's characters outside ASCII percent-encoded.
  const path = read.path.replace(/\{\w+\}/g, () => encodeURI(ids[at++]));
  const sendsPage = "page" in read && !("sendsNoPage" in read);
  const params = sendsPage ? { ...options, page: String(page), items_per_page: String(itemsPerPage) } : options;
  const { data } = await httpGet(path, params);
  return ("page" in read ? parsePage(read.page, data) : parseModel(read.object, data)) as Parsed;
}

let catalogue: Awaited<ReturnType<typeof createApiTestCatalogue>>;
let vitResultId: string;

beforeAll(async () => {
  catalogue = await createApiTestCatalogue();
  // Papers without a date of their own, venues in both spellings, an author outside ASCII, a repository two papers link.
  await prisma.paper.create({
    data: {
      slug: "an-image-is-worth-16x16-words",
      title: "An Image is Worth 16x16 Words",
      arxivId: "2010.11929",
      venue: "ICLR 2021",
      sourceKey: "arxiv:2010.11929",
      authors: {
        create: [
          { name: "Alexey Dosovitskiy", position: 0 },
          { name: "José García", position: 1 },
        ],
      },
      repositories: { create: [{ url: "https://github.com/facebookresearch/detr", isOfficial: false }] },
    },
  });
  const evaluated = await prisma.paper.create({
    data: {
      slug: "a-paper-known-by-its-results",
      title: "A Paper Known by Its Results",
      venue: "neurips-2019-12",
      sourceKey: "title:a paper known by its results",
    },
  });
  const [ap] = await prisma.metric.findMany({ where: { benchmarkId: catalogue.benchmark.id }, orderBy: { position: "asc" } });
  const result = await prisma.result.create({
    data: {
      benchmarkId: catalogue.benchmark.id,
      modelName: "Known Model",
      paperId: evaluated.id,
      source: "DEMO",
      status: "PUBLISHED",
      evaluatedAt: new Date("2019-03-05T00:00:00Z"),
      values: { create: [{ metricId: ap.id, raw: "30.0", value: 30 }] },
    },
  });
  vitResultId = result.id;
});

const RATE_LIMIT_HEADERS = ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Retry"];
const BENCHMARK = "object-detection-on-coco-test-dev";
const DETR = "end-to-end-object-detection-with-transformers";

// Every read method on an id that exists (the ids of its address, in order).
const EXISTING: [ClientRead, string[]][] = [
  ["search", []],
  ["paper_list", []],
  ["paper_get", [DETR]],
  ["paper_dataset_list", [DETR]],
  ["paper_repository_list", [DETR]],
  ["paper_task_list", [DETR]],
  ["paper_method_list", [DETR]],
  ["paper_result_list", [DETR]],
  ["repository_list", []],
  ["repository_owner_list", ["facebookresearch"]],
  ["repository_get", ["facebookresearch", "detr"]],
  ["repository_paper_list", ["facebookresearch", "detr"]],
  ["author_list", []],
  ["author_get", ["nicolas-carion"]],
  ["author_paper_list", ["josé-garcía"]],
  ["conference_list", []],
  ["conference_get", ["neurips"]],
  ["proceeding_list", ["neurips"]],
  ["proceeding_get", ["neurips", "neurips-2019-12"]],
  ["proceeding_paper_list", ["iclr", "iclr-2021"]],
  ["area_list", []],
  ["area_get", ["computer-vision"]],
  ["area_task_list", ["computer-vision"]],
  ["task_list", []],
  ["task_get", ["object-detection"]],
  ["task_parent_list", ["real-time-object-detection"]],
  ["task_child_list", ["object-detection"]],
  ["task_paper_list", ["object-detection"]],
  ["task_evaluation_list", ["object-detection"]],
  ["dataset_list", []],
  ["dataset_get", ["coco-test-dev"]],
  ["dataset_evaluation_list", ["coco"]],
  ["method_list", []],
  ["method_get", ["detr"]],
  ["evaluation_list", []],
  ["evaluation_get", [BENCHMARK]],
  ["evaluation_metric_list", [BENCHMARK]],
  ["evaluation_metric_get", [BENCHMARK, "box-ap"]],
  ["evaluation_result_list", [BENCHMARK]],
  ["evaluation_result_get", [BENCHMARK, "(the DETR result)"]],
];

const idsFor = (ids: string[]) => ids.map((id) => (id === "(the DETR result)" ? catalogue.detrResult.id : id));

describe("every read method of the old Python client", () => {
  it("is covered here", () => {
    expect(EXISTING.map(([method]) => method).sort()).toEqual(Object.keys(CLIENT_READS).sort());
  });

  it.each(EXISTING)("%s answers what its model parses", async (method, ids) => {
    const parsed = await client(method, idsFor(ids));
    if ("page" in CLIENT_READS[method]) expect(parsed.results.length).toBeGreaterThan(0);
  });

  it.each(EXISTING.filter(([, ids]) => ids.length > 0))("%s answers an unknown id with the client's 'Not found.'", async (method, ids) => {
    const unknown = idsFor(ids).map((id, index) => (index === ids.length - 1 ? "no-such-thing" : id));
    const error = await client(method, unknown).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpClientError);
    expect(error).toMatchObject({ message: "Not found.", status: 404 });
  });

  it("answers an unknown parent id with 'Not found.' too", async () => {
    for (const [method, ids] of [
      ["evaluation_metric_get", ["no-such-thing", "box-ap"]],
      ["proceeding_get", ["no-such-thing", "neurips-2019-12"]],
    ] as const) {
      await expect(client(method, [...ids])).rejects.toMatchObject({ message: "Not found.", status: 404 });
    }
  });
});

describe("what the client reads", () => {
  it("dates every paper, saying how: its own date, its arXiv id's month, its results' evaluation, else its entry in the catalogue", async () => {
    const papers = await client("paper_list", [], {}, 1, 500);
    const dates = Object.fromEntries(papers.results.map((paper) => [paper.id, paper.published]));
    const { data } = await httpGet("/papers/", { items_per_page: "500" });
    const sources = Object.fromEntries(
      (data as { results: { id: string; published_source: string }[] }).results.map((paper) => [paper.id, paper.published_source]),
    );
    expect(dates[DETR]).toBe("2020-05-26");
    expect(sources[DETR]).toBe("paper");
    expect(dates["an-image-is-worth-16x16-words"]).toBe("2020-10-01");
    expect(sources["an-image-is-worth-16x16-words"]).toBe("arxiv_id");
    expect(dates["a-paper-known-by-its-results"]).toBe("2019-03-05");
    expect(sources["a-paper-known-by-its-results"]).toBe("evaluation");
    const undated = await prisma.paper.findUniqueOrThrow({ where: { slug: "an-undated-paper" } });
    expect(dates["an-undated-paper"]).toBe(undated.createdAt.toISOString().slice(0, 10));
    expect(sources["an-undated-paper"]).toBe("catalogue");
  });

  it("would refuse a paper without a date, as the released client does", () => {
    const paper = {
      id: "p",
      arxiv_id: null,
      nips_id: null,
      url_abs: "",
      url_pdf: "",
      title: "T",
      abstract: "",
      authors: [],
      conference: null,
      conference_url_abs: null,
      conference_url_pdf: null,
      proceeding: null,
    };
    expect(() => parseModel(Paper, { ...paper, published: null })).toThrow(ValidationError);
    expect(parseModel(Paper, { ...paper, published: "2020-10-01" })).toMatchObject({ published: "2020-10-01" });
  });

  it("pages: follows next_page to the end, each page's numbers as the client reads them from the links", async () => {
    const { count } = await client("paper_list", [], {}, 1, 2);
    const seen: unknown[] = [];
    for (let page: number | null = 1; page !== null;) {
      const answer = await client("paper_list", [], {}, page, 2);
      expect(answer.previous_page).toBe(page === 1 ? null : page - 1);
      seen.push(...answer.results.map((paper) => paper.id));
      page = answer.next_page;
    }
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
  });

  it("venues as conferences and proceedings: names, years and months", async () => {
    expect((await client("conference_list")).results).toEqual([
      { id: "eccv", name: "ECCV" },
      { id: "iclr", name: "ICLR" },
      { id: "neurips", name: "NeurIPS" },
    ]);
    expect((await client("proceeding_list", ["neurips"])).results).toEqual([{ id: "neurips-2019-12", year: 2019, month: 12 }]);
    expect((await client("proceeding_paper_list", ["neurips", "neurips-2019-12"])).results.map((paper) => paper.id)).toEqual(["a-paper-known-by-its-results"]);
    expect((await client("paper_get", ["an-image-is-worth-16x16-words"])).proceeding).toBe("iclr-2021");
    expect((await client("conference_list", [], { name: "neur" })).results).toEqual([{ id: "neurips", name: "NeurIPS" }]);
  });

  it("authors by name, letters outside ASCII kept in the id", async () => {
    expect(await client("author_get", ["josé-garcía"])).toEqual({ id: "josé-garcía", full_name: "José García" });
    expect((await client("author_list", [], { full_name: "garc" })).results).toEqual([{ id: "josé-garcía", full_name: "José García" }]);
    expect((await client("author_paper_list", ["nicolas-carion"])).results.map((paper) => paper.id)).toEqual([DETR]);
    expect((await client("author_list")).count).toBe(4);
  });

  it("repositories by owner and name, with the papers that link them, and filters", async () => {
    expect(await client("repository_get", ["FacebookResearch", "DETR"])).toMatchObject({
      url: "https://github.com/facebookresearch/detr",
      stars: 12000,
      is_official: null,
    });
    expect((await client("repository_paper_list", ["facebookresearch", "detr"])).results.map((paper) => paper.id).sort()).toEqual(
      [DETR, "an-image-is-worth-16x16-words"].sort(),
    );
    expect((await client("repository_owner_list", ["someone"])).results.map((repository) => repository.url)).toEqual(["https://github.com/someone/detr-port"]);
    expect((await client("repository_list", [], { owner: "someone" })).count).toBe(1);
    expect((await client("repository_list", [], { stars: "100" })).results.map((repository) => repository.name)).toEqual(["detr"]);
    expect((await client("repository_list", [], { framework: "pytorch", name: "detr" })).count).toBe(1);
  });

  it("a metric and a result of an evaluation table by their ids", async () => {
    expect(await client("evaluation_metric_get", [BENCHMARK, "error"])).toEqual({ id: "error", name: "Error", description: "", is_loss: true });
    expect(await client("evaluation_result_get", [BENCHMARK, vitResultId])).toMatchObject({
      methodology: "Known Model",
      paper: "a-paper-known-by-its-results",
    });
    const retracted = await prisma.result.findFirstOrThrow({ where: { status: "RETRACTED" } });
    await expect(client("evaluation_result_get", [BENCHMARK, retracted.id])).rejects.toMatchObject({ status: 404 });
  });

  it("search without q (the newest papers), datasets by full name, and `ordering`, which is accepted and ignored", async () => {
    const newest = await client("search");
    expect(newest.count).toBe(5);
    expect(newest.results[0]).toMatchObject({ paper: { id: DETR }, repository: { name: "detr" }, is_official: true });
    expect((await client("dataset_list", [], { full_name: "COCO test-dev" })).results.map((dataset) => dataset.id)).toEqual(["coco-test-dev"]);
    expect((await client("dataset_list", [], { full_name: "imagenet" })).count).toBe(0);
    expect((await client("paper_list", [], { ordering: "-published" })).count).toBe(5);
  });
});

describe("errors and limits as tea-client reads them", () => {
  it("a bad parameter is its 'Bad Request.', not a crash on the rate-limit headers", async () => {
    await expect(client("paper_list", [], {}, 0)).rejects.toMatchObject({ message: "Bad Request.", status: 400 });
  });

  it("every answer carries the four rate-limit headers, a 429 too", async () => {
    const missing = await get("/papers/no-such-thing/");
    expect(missing.status).toBe(404);
    for (const name of RATE_LIMIT_HEADERS) expect(missing.headers.get(name)).toMatch(/^\d+$/);
    expect(missing.headers.get("X-RateLimit-Retry")).toBe("0");
    expect(Number(missing.headers.get("X-RateLimit-Reset"))).toBeLessThanOrEqual(60);

    const limit = API_LIMITS.read.limit;
    API_LIMITS.read.limit = 0;
    try {
      const refused = await get("/tasks/");
      expect(refused.status).toBe(429);
      for (const name of RATE_LIMIT_HEADERS) expect(refused.headers.get(name)).toMatch(/^\d+$/);
      expect(refused.headers.get("X-RateLimit-Retry")).toBe(refused.headers.get("Retry-After"));
      await expect(httpGet("/tasks/")).rejects.toMatchObject({ message: "Under pressure! (Too many requests)", status: 429 });
    } finally {
      API_LIMITS.read.limit = limit;
    }
  });
});
