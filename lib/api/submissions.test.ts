// Contract tests of the write API: every write's answer and refusals, through the route handlers.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import * as evaluationResults from "@/app/api/v1/evaluations/[id]/results/route";
import * as edits from "@/app/api/v1/results/[id]/edits/route";
import * as reports from "@/app/api/v1/results/[id]/reports/route";
import * as submissions from "@/app/api/v1/submissions/route";
import * as submission from "@/app/api/v1/submissions/[id]/route";
import * as approve from "@/app/api/v1/submissions/[id]/approve/route";
import * as reject from "@/app/api/v1/submissions/[id]/reject/route";
import * as requestChangesRoute from "@/app/api/v1/submissions/[id]/request-changes/route";
import * as withdraw from "@/app/api/v1/submissions/[id]/withdraw/route";
import { runAsUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { decideSubmission } from "@/lib/submissions/decisions/decide-submission";
import { createTestUser } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { resultRow } from "@/lib/test/submission-factory";
import { ApiErrorSchema } from "./errors";
import { limitAccountWrites, writeLimitKey } from "@/lib/write-limit";
import { API_LIMITS } from "./limits";
import { DecisionSchema, SubmissionPageSchema, SubmissionSchema } from "./schemas";
import { createApiTestCatalogue } from "./testing/catalogue";
import { call } from "./testing/call";
import { createApiToken, revokeApiToken } from "./tokens";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn }));
vi.mock("@/lib/cache/expire-tags", () => ({ expireTags: vi.fn() }));

type Who = "user" | "other" | "moderator" | "admin";

let catalogue: Awaited<ReturnType<typeof createApiTestCatalogue>>;
const users = {} as Record<Who, { id: string }>;
const tokens = {} as Record<Who, string>;

beforeEach(async () => {
  await resetDatabase();
  catalogue = await createApiTestCatalogue();
  for (const [who, role] of [
    ["user", "USER"],
    ["other", "USER"],
    ["moderator", "MODERATOR"],
    ["admin", "ADMIN"],
  ] as const) {
    users[who] = await createTestUser(role);
    tokens[who] = (await createApiToken(users[who].id, { name: "tests" })).token;
  }
});

afterEach(() => {
  vi.useRealTimers();
});

const as = (who: Who) => ({ authorization: `Token ${tokens[who]}` });

/** The body parsed by the schema equals the body: every field is there, none is added. */
function expectShape(schema: z.ZodType, body: unknown) {
  expect(schema.parse(body)).toEqual(body);
}

/** New results on the test catalogue's COCO test-dev benchmark, for the DETR paper (known by its arXiv id). */
function newResults(model = "DINO", values = ["43.1", "", "4.2"]) {
  return {
    benchmark: {
      task: "Object Detection",
      dataset: "COCO",
      subset: "test-dev",
      metrics: [
        { name: "box AP", direction: "HIGHER_IS_BETTER", unit: "" },
        { name: "Params", direction: "NOT_RANKED", unit: "" },
        { name: "Error", direction: "LOWER_IS_BETTER", unit: "" },
      ],
    },
    paper: { ref: "2005.12872", title: "", authors: "", publishedAt: "" },
    rows: [resultRow(model, values, { evidence: "Table 1" })],
    comment: "From the paper's main table.",
  };
}

const submit = (who: Who, body: unknown = newResults()) => call(submissions, { method: "POST", path: "/submissions/", headers: as(who), body });

async function submitted(who: Who = "user", body: unknown = newResults()): Promise<string> {
  const { status, body: answer } = await submit(who, body);
  expect(status).toBe(201);
  return (answer as { id: string }).id;
}

const decide = (route: typeof approve, who: Who, id: string, body?: unknown) =>
  call(route, { method: "POST", path: `/submissions/${id}/decide`, id, headers: as(who), body });

const errorOf = (body: unknown) => ApiErrorSchema.parse(body).error;

describe("POST /submissions/", () => {
  it("puts new results in the queue: 201 with the submission, its checks and its first review event", async () => {
    const { status, body, headers } = await submit("user");
    expect(status).toBe(201);
    expectShape(SubmissionSchema, body);
    const created = SubmissionSchema.parse(body);
    expect(created).toMatchObject({
      kind: "new_results",
      status: "pending",
      task: "Object Detection",
      dataset: "COCO / test-dev",
      evaluation: "object-detection-on-coco-test-dev",
      result: null,
      results: [],
      submitter: { id: users.user.id },
      comment: "From the paper's main table.",
      reason: null,
      decided_by: null,
      url: `http://api.test/submissions/${created.id}`,
      events: [{ from_status: null, to_status: "pending", actor: { id: users.user.id }, reason: null }],
    });
    // A known paper's details are filled in from the catalogue, as the form's submission records them.
    expect(created.payload).toMatchObject({
      paper: { ref: "https://arxiv.org/abs/2005.12872", title: "End-to-End Object Detection with Transformers", publishedAt: "2020-05-26" },
    });
    expect(created.checks.every((check) => typeof check.message === "string")).toBe(true);
    expect(headers.get("access-control-allow-origin")).toBeNull();
    expect(headers.get("x-ratelimit-limit")).toBe(String(API_LIMITS.write.limit));
    expect(await prisma.submission.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      submitterId: users.user.id,
      status: "PENDING",
      kind: "NEW_RESULTS",
    });
    expect(await prisma.result.count({ where: { modelName: "DINO" } })).toBe(0);
  });

  it("computes the same checks as the form: a jump far over the best is a warning", async () => {
    const created = SubmissionSchema.parse((await submit("user", newResults("Too Good", ["143.1", "", "4.2"]))).body);
    expect(created.has_warnings).toBe(true);
    expect(created.checks).toEqual([expect.objectContaining({ kind: "implausible_jump", severity: "warning", row: 0, metric: "box AP" })]);
  });

  it("refuses an invalid body with a 400 naming each field by the form's path; nothing is written", async () => {
    const body = newResults("Broken", ["forty", "", "4.2"]);
    body.rows[0].evidence = "";
    const { status, body: answer } = await submit("user", body);
    expect(status).toBe(400);
    expectShape(ApiErrorSchema, answer);
    const error = errorOf(answer);
    expect(error.code).toBe("invalid_input");
    expect(error.fields).toEqual({
      "rows.0.values.0": ["Not a number: write it as in the paper, e.g. 88.5, 88.5%, 0.82 ± 0.01 or 2.1M"],
      "rows.0.evidence": ["Say where in the paper the number stands, e.g. Table 2"],
    });
    expect(error.message).toMatch(/^rows\.0\.(values\.0|evidence): .+ \(and 1 more field: see fields\)$/);
    expect(await prisma.submission.count()).toBe(0);
  });

  it("takes a row's settings and parameter count as optional extra fields, names a value not allowed, and approval stores them", async () => {
    const settings: Record<string, string> = { ensemble: "maybe", colour: "red" };
    const body = { ...newResults("Settled"), rows: [{ ...resultRow("Settled", ["43.1", "", "4.2"], { evidence: "Table 1" }), settings, params: "40M" }] };
    const refused = await submit("user", body);
    expect(refused.status).toBe(400);
    expect(errorOf(refused.body).fields).toEqual({
      "rows.0.settings.ensemble": ["Not an allowed value of ensemble: maybe (one of yes, no, unknown)"],
      "rows.0.settings.colour": [expect.stringMatching(/^Not a setting of this benchmark: colour \(its settings: extra-training-data, /)],
    });
    body.rows[0].settings = { ensemble: "yes", colour: "unknown" };
    expect((await submit("user", body)).status).toBe(400);
    body.rows[0].settings = { ensemble: "yes", shots: "unknown" };
    const id = await submitted("user", body);
    expect((await decide(approve, "moderator", id)).status).toBe(200);
    expect(await prisma.result.findFirstOrThrow({ where: { modelName: "Settled" }, select: { settings: true, params: true } })).toEqual({
      settings: '{"ensemble":"yes"}',
      params: 4e7,
    });
  });

  it("asks for an unknown paper's details as the form does", async () => {
    const body = { ...newResults(), paper: { ref: "2401.00001", title: "", authors: "", publishedAt: "" } };
    const error = errorOf((await submit("user", body)).body);
    expect(error).toMatchObject({ code: "invalid_input", message: "The paper needs a few more details." });
    expect(Object.keys(error.fields!).sort()).toEqual(["paper.authors", "paper.publishedAt", "paper.title"]);
  });

  it("refuses a body that is not a JSON object, and a missing field by its path", async () => {
    expect(errorOf((await submit("user", "{not json")).body)).toEqual({ code: "invalid_input", message: "The body is not valid JSON." });
    expect(errorOf((await submit("user", [newResults()])).body)).toEqual({ code: "invalid_input", message: "The body must be a JSON object." });
    const { rows: _rows, ...withoutRows } = newResults();
    expect(errorOf((await submit("user", withoutRows)).body).fields).toEqual({ rows: ["Required: send a list: 1 to 25 results."] });
  });

  it("answers 401 to an anonymous caller and to an unknown token; nothing is written", async () => {
    const anonymous = await runAsUser(null, () => call(submissions, { method: "POST", path: "/submissions/", body: newResults() }));
    expect(anonymous.status).toBe(401);
    expect(errorOf(anonymous.body)).toMatchObject({ code: "unauthenticated", message: expect.stringContaining("Authorization: Token") });
    const unknown = await call(submissions, { method: "POST", path: "/submissions/", headers: { authorization: "Token pwc_nope" }, body: newResults() });
    expect(unknown.status).toBe(401);
    expect(await prisma.submission.count()).toBe(0);
  });

  it("takes the site's session too, but not for a write sent from another site's page", async () => {
    const send = (origin: string) =>
      runAsUser(users.user.id, () => call(submissions, { method: "POST", path: "/submissions/", headers: { origin }, body: newResults() }));
    expect((await send("http://api.test")).status).toBe(201);
    const crossSite = await send("https://elsewhere.example");
    expect(crossSite.status).toBe(403);
    expect(errorOf(crossSite.body)).toMatchObject({ code: "forbidden", message: expect.stringContaining("needs an API token") });
    expect(await prisma.submission.count()).toBe(1);
  });
});

describe("a script's body: what is optional may be left out", () => {
  /** The least a script sends for new results on an existing benchmark and a known paper. */
  const shortest = () => ({
    benchmark: { task: "Object Detection", dataset: "COCO", subset: "test-dev" },
    paper: { ref: "2005.12872" },
    rows: [{ modelName: "DINO", values: ["43.1", "", "4.2"], evidence: "Table 1" }],
  });

  it("takes the shortest body: an existing benchmark's metrics, empty optional fields, as the form would have sent them", async () => {
    const { status, body } = await submit("user", shortest());
    expect(status).toBe(201);
    const created = SubmissionSchema.parse(body);
    expect(created.payload).toEqual({
      ...newResults("DINO"),
      paper: {
        ref: "https://arxiv.org/abs/2005.12872",
        title: "End-to-End Object Detection with Transformers",
        authors: "Nicolas Carion, Francisco Massa",
        publishedAt: "2020-05-26",
      },
      rows: [resultRow("DINO", ["43.1", "", "4.2"], { evidence: "Table 1" })],
      comment: "",
    });
  });

  it("takes metrics named without their direction when the benchmark has them", async () => {
    const body = { ...shortest(), benchmark: { ...shortest().benchmark, metrics: [{ name: "box ap" }, { name: "Params" }, { name: "Error", unit: "%" }] } };
    expect((await submit("user", body)).status).toBe(201);
  });

  it("says what to send: a new metric's direction, a new benchmark's metrics, a field of the wrong type", async () => {
    const newMetric = {
      ...shortest(),
      benchmark: { ...shortest().benchmark, metrics: [{ name: "box AP" }, { name: "Params" }, { name: "Error" }, { name: "FPS" }] },
    };
    expect(errorOf((await submit("user", newMetric)).body).fields).toEqual({
      "benchmark.metrics.3.direction": ["A metric the benchmark does not have needs its direction: HIGHER_IS_BETTER, LOWER_IS_BETTER, NOT_RANKED"],
    });
    const newBenchmark = { ...shortest(), benchmark: { task: "Object Detection", dataset: "Pascal VOC" } };
    expect(errorOf((await submit("user", newBenchmark)).body).fields).toEqual({
      "benchmark.metrics": ["This benchmark is not in the catalogue yet: list its metrics, each with its name and direction"],
    });
    const wrongTypes = { ...shortest(), rows: [{ modelName: 5, values: ["43.1", "", "4.2"], usesExtraData: "no" }] };
    const error = errorOf((await submit("user", wrongTypes)).body);
    expect(error.fields).toEqual({
      "rows.0.modelName": ["Send a string, not a number: the model's name, as in the paper."],
      "rows.0.usesExtraData": ["Send true or false, not a string: whether the model was trained with data beyond the benchmark's."],
      "rows.0.evidence": ["Required: send a string: where the number stands: `Table 2`, a figure, a page, or an address."],
    });
    expect(error.message).toMatch(/^rows\.0\.modelName: Send a string, not a number.+ \(and 2 more fields: see fields\)$/);
    expect(JSON.stringify(error)).not.toContain("received undefined");
    expect(await prisma.submission.count()).toBe(0);
  });

  it("takes a correction's row and a resubmission with what is optional left out", async () => {
    const resultId = catalogue.detrResult.id;
    const row = { modelName: "DETR-R50", values: ["42.2", "41M", "5.0"], evidence: "Table 1" };
    const edited = await call(edits, {
      method: "POST",
      path: `/results/${resultId}/edits`,
      id: resultId,
      headers: as("user"),
      body: { row, comment: "Table 1 says 42.2." },
    });
    expect(edited.status).toBe(201);
    expect(SubmissionSchema.parse(edited.body).payload).toEqual({
      row: resultRow("DETR-R50", ["42.2", "41M", "5.0"], { evidence: "Table 1" }),
      comment: "Table 1 says 42.2.",
    });

    const id = await submitted("user", shortest());
    await runAsUser(null, () => decideSubmission(users.moderator.id, { submissionId: id, decision: "request_changes", reason: "Which table?" }));
    const again = await call(submission, { method: "PUT", path: `/submissions/${id}/`, id, headers: as("user"), body: { ...shortest(), comment: "Table 1." } });
    expect(again.status).toBe(200);
    expect(SubmissionSchema.parse(again.body)).toMatchObject({ status: "pending", comment: "Table 1." });
  });
});

describe("GET /submissions/ and /submissions/{id}/", () => {
  const list = (who: Who, query: Record<string, string> = {}) => call(submissions, { path: "/submissions/", headers: as(who), query });
  const ids = (body: unknown) => SubmissionPageSchema.parse(body).results.map((item) => item.id);

  it("gives a user their own submissions, a moderator the whole queue, oldest first, paginated", async () => {
    const first = await submitted("user", newResults("First"));
    const others = await submitted("other", newResults("Theirs"));
    const second = await submitted("user", newResults("Second"));
    await prisma.submission.update({ where: { id: first }, data: { createdAt: new Date("2030-01-01") } });
    await prisma.submission.update({ where: { id: others }, data: { createdAt: new Date("2030-01-02") } });
    await prisma.submission.update({ where: { id: second }, data: { createdAt: new Date("2030-01-03") } });

    const own = await list("user");
    expect(own.status).toBe(200);
    expectShape(SubmissionPageSchema, own.body);
    expect(ids(own.body)).toEqual([first, second]);
    expect(own.headers.get("access-control-allow-origin")).toBe("*");
    expect(ids((await list("user", { submitter: users.other.id })).body)).toEqual([]);

    expect(ids((await list("moderator")).body)).toEqual([first, others, second]);
    expect(ids((await list("admin", { submitter: users.other.id })).body)).toEqual([others]);
    const page = await list("moderator", { items_per_page: "2" });
    expect(page.body).toMatchObject({ count: 3, next: "http://api.test/api/v1/submissions/?items_per_page=2&page=2", previous: null });
  });

  it("filters the queue by status, task, dataset and warnings", async () => {
    const plain = await submitted("user", newResults("Plain"));
    const warned = await submitted("other", newResults("Too Good", ["143.1", "", "4.2"]));
    await runAsUser(null, () => decideSubmission(users.moderator.id, { submissionId: plain, decision: "request_changes", reason: "Which table?" }));

    expect(ids((await list("moderator")).body)).toEqual([plain, warned]);
    expect(ids((await list("moderator", { status: "pending" })).body)).toEqual([warned]);
    expect(ids((await list("moderator", { status: "pending,changes_requested" })).body)).toEqual([plain, warned]);
    expect(ids((await list("moderator", { status: "changes_requested" })).body)).toEqual([plain]);
    expect(ids((await list("moderator", { status: "all", has_warnings: "true" })).body)).toEqual([warned]);
    expect(ids((await list("moderator", { status: "all", has_warnings: "false" })).body)).toEqual([plain]);
    expect(ids((await list("moderator", { status: "all", task: "Object Detection", dataset: "COCO / test-dev" })).body)).toHaveLength(2);
    expect(ids((await list("moderator", { status: "all", dataset: "COCO" })).body)).toEqual([]);

    const bad = await list("moderator", { status: "PENDING" });
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body)).toMatchObject({ code: "invalid_parameter", parameter: "status" });
    expect(errorOf((await list("moderator", { has_warnings: "maybe" })).body)).toMatchObject({ parameter: "has_warnings" });
  });

  it("shows one submission to its submitter and to moderators only", async () => {
    const id = await submitted("user");
    const get = (headers: Record<string, string>) => call(submission, { path: `/submissions/${id}/`, id, headers });
    const own = await get(as("user"));
    expect(own.status).toBe(200);
    expectShape(SubmissionSchema, own.body);
    expect((await get(as("moderator"))).status).toBe(200);
    const other = await get(as("other"));
    expect(other.status).toBe(403);
    expect(errorOf(other.body).code).toBe("forbidden");
    expect((await runAsUser(null, () => get({}))).status).toBe(401);
    const missing = await call(submission, { path: "/submissions/nope/", id: "nope", headers: as("user") });
    expect(missing.status).toBe(404);
    expect(errorOf(missing.body).code).toBe("not_found");
  });
});

describe("withdraw and resubmit", () => {
  it("withdraws one's own pending submission once; someone else's is forbidden", async () => {
    const id = await submitted("user");
    const withdrawAs = (who: Who) => call(withdraw, { method: "POST", path: `/submissions/${id}/withdraw`, id, headers: as(who) });
    const refused = await withdrawAs("other");
    expect(refused.status).toBe(403);
    expect(errorOf(refused.body).code).toBe("forbidden");
    const done = await withdrawAs("user");
    expect(done.status).toBe(200);
    expect(SubmissionSchema.parse(done.body)).toMatchObject({
      status: "withdrawn",
      events: [{ to_status: "pending" }, { from_status: "pending", to_status: "withdrawn" }],
    });
    const again = await withdrawAs("user");
    expect(again.status).toBe(409);
    expect(errorOf(again.body)).toEqual({ code: "already_decided", message: "This submission is no longer pending: it is withdrawn." });
  });

  it("resubmits the whole content after changes were requested, with fresh checks, and only then", async () => {
    const id = await submitted("user", newResults("Draft"));
    const put = (who: Who, body: unknown) => call(submission, { method: "PUT", path: `/submissions/${id}/`, id, headers: as(who), body });
    expect(errorOf((await put("user", newResults("Early"))).body).code).toBe("already_decided");

    await runAsUser(null, () =>
      decideSubmission(users.moderator.id, { submissionId: id, decision: "request_changes", reason: "Name the model as the paper does." }),
    );
    expect(errorOf((await put("other", newResults("Hijack"))).body).code).toBe("forbidden");
    const invalid = await put("user", { ...newResults(), rows: [] });
    expect(invalid.status).toBe(400);
    expect(errorOf(invalid.body).fields).toEqual({ rows: ["Add at least one result"] });

    const done = await put("user", newResults("DINO-4scale"));
    expect(done.status).toBe(200);
    const resubmitted = SubmissionSchema.parse(done.body);
    expect(resubmitted).toMatchObject({ status: "pending", reason: "Name the model as the paper does." });
    expect(resubmitted.payload).toMatchObject({ rows: [{ modelName: "DINO-4scale" }] });
    expect(resubmitted.events.map((event) => event.to_status)).toEqual(["pending", "changes_requested", "pending"]);
  });
});

describe("corrections: POST /results/{id}/edits and /reports", () => {
  const edit = (who: Who, resultId: string, body: unknown) =>
    call(edits, { method: "POST", path: `/results/${resultId}/edits`, id: resultId, headers: as(who), body });
  const report = (who: Who, resultId: string, body: unknown) =>
    call(reports, { method: "POST", path: `/results/${resultId}/reports`, id: resultId, headers: as(who), body });
  const detrRow = (values: string[]) => resultRow("DETR-R50", values, { evaluatedAt: "2020-05-26", evidence: "https://arxiv.org/pdf/2005.12872#table.1" });

  it("suggests an edit of a published result: 201, pending, about that result; the published version stays", async () => {
    const resultId = catalogue.detrResult.id;
    const { status, body } = await edit("user", resultId, { row: detrRow(["42.2", "41M", "5.0"]), comment: "Table 1 says 42.2." });
    expect(status).toBe(201);
    const created = SubmissionSchema.parse(body);
    expect(created).toMatchObject({
      kind: "edit_result",
      status: "pending",
      result: resultId,
      comment: "Table 1 says 42.2.",
      evaluation: "object-detection-on-coco-test-dev",
    });
    expect(created.payload).toEqual({ row: detrRow(["42.2", "41M", "5.0"]), comment: "Table 1 says 42.2." });
    expect(await prisma.resultValue.findFirstOrThrow({ where: { resultId, raw: "42.0" } })).toBeTruthy();
  });

  it("refuses an edit that changes nothing, of an unknown result, or of a retracted one", async () => {
    const unchanged = await edit("user", catalogue.detrResult.id, { row: detrRow(["42.0", "41M", "5.0"]), comment: "Same." });
    expect(unchanged.status).toBe(400);
    expect(errorOf(unchanged.body)).toEqual({ code: "invalid_input", message: "Nothing differs from the published result: change a value or a field first." });
    expect((await edit("user", "no-such-result", { row: detrRow(["1", "", ""]), comment: "x" })).status).toBe(404);
    const retracted = await prisma.result.findFirstOrThrow({ where: { status: "RETRACTED" } });
    const refused = await edit("user", retracted.id, { row: detrRow(["1", "", ""]), comment: "Fix it." });
    expect(refused.status).toBe(409);
    expect(errorOf(refused.body).code).toBe("conflict");
  });

  it("reports a problem with a result; a reason too short is named", async () => {
    const resultId = catalogue.yoloResult.id;
    const short = await report("user", resultId, { reason: "Wrong." });
    expect(short.status).toBe(400);
    expect(errorOf(short.body).fields).toEqual({ reason: ["Say a little more: at least 10 characters"] });
    const { status, body } = await report("user", resultId, { reason: "Evaluated on val2017, not test-dev." });
    expect(status).toBe(201);
    expect(SubmissionSchema.parse(body)).toMatchObject({ kind: "report_result", result: resultId, payload: { reason: "Evaluated on val2017, not test-dev." } });
  });
});

describe("decisions: POST /submissions/{id}/approve, /reject, /request-changes", () => {
  it("approve with a moderator's token publishes the results, which the read API then serves", async () => {
    const id = await submitted("user", newResults("DINO-Approved", ["43.1", "", "4.2"]));
    const { status, body } = await decide(approve, "moderator", id);
    expect(status).toBe(200);
    expectShape(DecisionSchema, body);
    const decision = DecisionSchema.parse(body);
    expect(decision).toMatchObject({
      evaluation: "object-detection-on-coco-test-dev",
      submission: { status: "approved", decided_by: { id: users.moderator.id } },
    });
    expect(decision.results).toHaveLength(1);
    expect(decision.submission.results).toEqual(decision.results);

    const board = await call(evaluationResults, { path: "/evaluations/object-detection-on-coco-test-dev/results/", id: "object-detection-on-coco-test-dev" });
    expect(board.body).toMatchObject({ count: 3 });
    expect((board.body as { results: unknown[] }).results[0]).toMatchObject({ id: decision.results[0], methodology: "DINO-Approved", best_rank: 1 });
  });

  it("refuses a plain user (403), a moderator's own submission (403), a second decision (409) and an unknown id (404)", async () => {
    const id = await submitted("user");
    const byUser = await decide(approve, "other", id);
    expect(byUser.status).toBe(403);
    expect(errorOf(byUser.body)).toEqual({ code: "forbidden", message: "Only moderators and admins can do this." });

    const own = await submitted("moderator", newResults("Mine"));
    const byOwner = await decide(approve, "moderator", own);
    expect(byOwner.status).toBe(403);
    expect(errorOf(byOwner.body).code).toBe("own_submission");

    expect((await decide(approve, "moderator", id)).status).toBe(200);
    const second = await decide(reject, "admin", id, { reason: "Too late." });
    expect(second.status).toBe(409);
    expect(errorOf(second.body)).toMatchObject({ code: "already_decided", message: expect.stringMatching(/^Already decided by .+: approved on /) });
    expect((await decide(approve, "moderator", "no-such-submission")).status).toBe(404);
    expect(await prisma.reviewEvent.count({ where: { submissionId: id, toStatus: "APPROVED" } })).toBe(1);
  });

  it("needs a reason to reject or to request changes, named as the review form names it", async () => {
    const id = await submitted("user");
    for (const route of [reject, requestChangesRoute]) {
      const { status, body } = await decide(route, "moderator", id, { reason: "  " });
      expect(status).toBe(400);
      expect(errorOf(body)).toEqual({
        code: "invalid_input",
        message: "reason: Give the submitter a reason",
        fields: { reason: ["Give the submitter a reason"] },
      });
    }
    const sentBack = await decide(requestChangesRoute, "moderator", id, { reason: "Which table?" });
    expect(DecisionSchema.parse(sentBack.body)).toMatchObject({
      results: [],
      evaluation: null,
      submission: { status: "changes_requested", reason: "Which table?" },
    });
  });

  it("answers anonymous callers 401 and refuses a cross-site write made with a session", async () => {
    const id = await submitted("user");
    const anonymous = await runAsUser(null, () => call(approve, { method: "POST", path: `/submissions/${id}/approve`, id }));
    expect(anonymous.status).toBe(401);
    const crossSite = await runAsUser(users.moderator.id, () =>
      call(approve, { method: "POST", path: `/submissions/${id}/approve`, id, headers: { origin: "https://elsewhere.example" } }),
    );
    expect(crossSite.status).toBe(403);
    expect(await prisma.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING" });
  });
});

describe("a token's life across writes", () => {
  it("writes as its user until revoked, then is refused with a 401 and writes nothing", async () => {
    const created = await createApiToken(users.user.id, { name: "nightly" });
    const headers = { authorization: `Token ${created.token}` };
    const first = await call(submissions, { method: "POST", path: "/submissions/", headers, body: newResults("Before") });
    expect(first.status).toBe(201);
    expect(SubmissionSchema.parse(first.body).submitter.id).toBe(users.user.id);

    await revokeApiToken(users.user.id, created.id);
    const after = await call(submissions, { method: "POST", path: "/submissions/", headers, body: newResults("After") });
    expect(after.status).toBe(401);
    expect(errorOf(after.body).code).toBe("unauthenticated");
    expect((await call(submissions, { path: "/submissions/", headers })).status).toBe(401);
    expect(await prisma.submission.count()).toBe(1);
  });

  it("acts with the role its user has now: a moderator demoted cannot approve with an old token", async () => {
    const id = await submitted("user");
    await prisma.user.update({ where: { id: users.moderator.id }, data: { role: "USER" } });
    expect((await decide(approve, "moderator", id)).status).toBe(403);
  });
});

describe("limits and cross-origin policy of writes", () => {
  const now = new Date("2030-01-01T12:00:30Z");
  const windowStart = new Date("2030-01-01T12:00:00Z");

  it("past the write limit, a token is answered 429 with Retry-After; its reads are not affected", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now });
    const created = await createApiToken(users.user.id, { name: "busy" });
    const headers = { authorization: `Token ${created.token}` };
    await prisma.rateLimit.create({ data: { key: writeLimitKey(users.user.id), windowStart, count: API_LIMITS.write.limit } });
    const refused = await call(submissions, { method: "POST", path: "/submissions/", headers, body: newResults() });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("30");
    expect(errorOf(refused.body)).toEqual({ code: "rate_limited", message: "Too many writes: 60 a minute per account. Try again in 30 seconds." });
    expect(await prisma.submission.count()).toBe(0);
    expect((await call(submissions, { path: "/submissions/", headers })).status).toBe(200);
  });

  it("an account's tokens and its forms on the site share one write limit: a second token adds nothing", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now });
    const first = await createApiToken(users.user.id, { name: "script" });
    const second = await createApiToken(users.user.id, { name: "its twin" });
    await prisma.rateLimit.create({ data: { key: writeLimitKey(users.user.id), windowStart, count: API_LIMITS.write.limit - 2 } });
    const sent = await call(submissions, { method: "POST", path: "/submissions/", headers: { authorization: `Token ${first.token}` }, body: newResults() });
    expect(sent.status).toBe(201);
    await limitAccountWrites(users.user.id);
    const refused = await call(submissions, { method: "POST", path: "/submissions/", headers: { authorization: `Token ${second.token}` }, body: newResults() });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("30");
    await expect(limitAccountWrites(users.user.id)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^You are making changes too quickly/),
    });
    expect(await prisma.submission.count()).toBe(1);
  });

  it("decisions count as writes too", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now });
    const id = await submitted("user");
    const created = await createApiToken(users.moderator.id, { name: "busy moderator" });
    await prisma.rateLimit.create({ data: { key: writeLimitKey(users.moderator.id), windowStart, count: API_LIMITS.write.limit } });
    const refused = await call(approve, { method: "POST", path: `/submissions/${id}/approve`, id, headers: { authorization: `Token ${created.token}` } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("30");
  });

  it("a write answers no CORS headers, and the preflight allows only reads", async () => {
    const { headers } = await submit("user");
    expect(headers.get("access-control-allow-origin")).toBeNull();
    const preflight = submissions.OPTIONS();
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
  });
});
