import { beforeAll, describe, expect, it, vi } from "vitest";
import { ENDPOINTS } from "./endpoints";
import { getApiExamples } from "./examples";
import { openApiDocument } from "./openapi";
import { SUBMISSION_OPERATIONS } from "./submission-endpoints";
import { createApiTestCatalogue } from "./testing/catalogue";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn }));

const document = openApiDocument("https://pwc.example.org");

/** Every $ref in a JSON value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => (key === "$ref" && typeof inner === "string" ? [inner] : refsIn(inner)));
  }
  return [];
}

describe("the OpenAPI description", () => {
  it("describes every endpoint, under the site's /api/v1", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "https://pwc.example.org/api/v1" }]);
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
    expect(operations.sort()).toEqual(
      [...ENDPOINTS.map((endpoint) => `get ${endpoint.path}`), ...SUBMISSION_OPERATIONS.map((operation) => `${operation.method} ${operation.path}`)].sort(),
    );
    expect(operations).toHaveLength(40 + 10);
  });

  it("takes the parameters from the zod schemas, as callers write them", () => {
    const { parameters } = document.paths["/papers/"].get!;
    expect(parameters.map((parameter) => parameter.name)).toEqual(["page", "items_per_page", "q", "arxiv_id", "title", "abstract"]);
    expect(parameters.find((parameter) => parameter.name === "items_per_page")).toMatchObject({
      in: "query",
      required: false,
      schema: { type: "integer", minimum: 1, maximum: 500, default: 50 },
    });
    expect(document.paths["/search/"].get!.parameters.find((parameter) => parameter.name === "q")).toMatchObject({ required: false });
    expect(document.paths["/papers/{id}/"].get!.parameters).toEqual([expect.objectContaining({ name: "id", in: "path", required: true })]);
    expect(document.paths["/repositories/{owner}/{name}/papers/"].get!.parameters.slice(0, 2)).toEqual([
      expect.objectContaining({ name: "owner", in: "path", required: true }),
      expect.objectContaining({ name: "name", in: "path", required: true }),
    ]);
  });

  it("takes the objects from the response schemas, every reference resolving", () => {
    const schemas = document.components.schemas;
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(["Paper", "Task", "Dataset", "Method", "Area", "Repository", "Evaluation", "Metric", "Result", "Error", "PaperPage"]),
    );
    expect(schemas.Paper).toMatchObject({
      type: "object",
      required: expect.arrayContaining([
        "id",
        "arxiv_id",
        "nips_id",
        "url_abs",
        "url_pdf",
        "title",
        "abstract",
        "authors",
        "published",
        "published_source",
        "conference",
        "conference_url_abs",
        "conference_url_pdf",
        "proceeding",
      ]),
    });
    expect(schemas.PaperPage).toMatchObject({ properties: { results: { type: "array", items: { $ref: "#/components/schemas/Paper" } } } });
    for (const ref of refsIn(document)) expect(Object.keys(schemas)).toContain(ref.replace("#/components/schemas/", ""));
    expect(document.paths["/evaluations/{id}/results/"].get!.responses["200"]).toMatchObject({
      content: { "application/json": { schema: { $ref: "#/components/schemas/ResultPage" } } },
    });
  });

  it("says that the errors answer the Error object, and which statuses each endpoint may answer", () => {
    const { responses } = document.paths["/papers/{id}/"].get!;
    expect(Object.keys(responses)).toEqual(["200", "401", "404", "429"]);
    expect(responses["404"]).toMatchObject({ content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
    expect(Object.keys(document.paths["/papers/"].get!.responses)).toContain("400");
  });
});

describe("the write API's description", () => {
  it("takes the request bodies from the forms' zod schemas, field by field, what may be left out not required", () => {
    const create = document.paths["/submissions/"].post!;
    expect(create.requestBody).toMatchObject({
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/CreateSubmission" } } },
    });
    const { CreateSubmission, ResultRow, ResultEdit, ResultReport } = document.components.schemas as Record<
      string,
      { properties: Record<string, unknown>; required: string[] }
    >;
    expect(CreateSubmission.required).toEqual(["benchmark", "rows"]);
    expect(ResultRow.required).toEqual(["modelName", "values", "evidence"]);
    const { Benchmark } = { Benchmark: CreateSubmission.properties.benchmark as { required: string[]; properties: Record<string, { default?: unknown }> } };
    expect(Benchmark.required).toEqual(["task", "dataset"]);
    expect(Benchmark.properties.subset).toMatchObject({ default: "" });
    expect(CreateSubmission.properties.rows).toMatchObject({ type: "array", minItems: 1, maxItems: 25, items: { $ref: "#/components/schemas/ResultRow" } });
    expect(Object.keys(ResultRow.properties)).toEqual([
      "modelName",
      "values",
      "usesExtraData",
      "extraData",
      "codeUrl",
      "evaluatedAt",
      "evidence",
      "settings",
      "params",
    ]);
    expect(ResultEdit.properties).toMatchObject({ row: { $ref: "#/components/schemas/ResultRow" } });
    expect(ResultEdit.properties).not.toHaveProperty("resultId");
    expect(ResultReport.properties.reason).toMatchObject({ type: "string", minLength: 10 });
  });

  it("says who may call each write, what it answers and which refusals, every one an Error", () => {
    const create = document.paths["/submissions/"].post!;
    expect(Object.keys(create.responses)).toEqual(["201", "400", "401", "429"]);
    expect(create.responses["201"]).toMatchObject({ content: { "application/json": { schema: { $ref: "#/components/schemas/Submission" } } } });
    expect(create.security).toEqual([{ token: [] }]);
    const approve = document.paths["/submissions/{id}/approve"].post!;
    expect(approve["x-access"]).toBe("moderator");
    expect(approve.requestBody).toMatchObject({ required: false });
    expect(Object.keys(approve.responses)).toEqual(["200", "400", "401", "403", "404", "409", "429"]);
    expect(approve.responses["403"].description).toContain("`own_submission`");
    expect(document.paths["/submissions/{id}/"].put!.requestBody).toMatchObject({
      content: { "application/json": { schema: { $ref: "#/components/schemas/SubmissionBody" } } },
    });
    expect(document.paths["/submissions/"].get!.parameters.map((parameter) => parameter.name)).toEqual([
      "page",
      "items_per_page",
      "status",
      "task",
      "dataset",
      "submitter",
      "has_warnings",
    ]);
    expect(document.components.schemas.Error).toMatchObject({ properties: { error: { properties: { fields: { type: "object" } } } } });
  });
});

describe("the docs' examples", () => {
  beforeAll(async () => {
    await createApiTestCatalogue();
  });

  it("are real answers of every endpoint on the catalogue as it is", async () => {
    const examples = await getApiExamples("https://pwc.example.org");
    expect(examples.map((example) => example.operationId)).toEqual(ENDPOINTS.map((endpoint) => endpoint.operationId));
    for (const example of examples) {
      const endpoint = ENDPOINTS.find((candidate) => candidate.operationId === example.operationId)!;
      expect(example.status, example.url).toBe(200);
      expect(endpoint.response.parse(example.body)).toEqual(example.body);
    }
    expect(examples.find((example) => example.operationId === "listTaskParents")!.url).toBe(
      "https://pwc.example.org/api/v1/tasks/real-time-object-detection/parents/",
    );
    expect(examples.find((example) => example.operationId === "search")!.body).toMatchObject({ count: 1 });
  });
});
