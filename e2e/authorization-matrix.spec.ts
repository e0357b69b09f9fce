// The authorization matrix: every write (each server action's domain verb, each API write) tried by every
// kind of caller, as an attacker would send it: server actions posted raw with the caller's cookie, API
// calls with the caller's token. A cell passes when the database changed exactly where DESIGN.md's role
// table says yes. The matrix is printed; e2e/authorization-signed-out-cookie.spec.ts holds the cell of a
// cookie copied before sign-out.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { prisma } from "@/lib/db";
import { createApiToken } from "@/lib/api/tokens";
import { callApi, COLUMNS, makeActors, postAction, type Actor, type Column, type Rule } from "./fixtures/authorization";
import { createUser, type TestUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { createReportSubmission, submitResultsTo } from "./fixtures/submissions";
import { decide, fixtureRow, submissionFor } from "./fixtures/submission-data";

test.describe.configure({ mode: "serial" });

const rule = (cells: Partial<Record<Column, Rule>>, otherwise: Rule = "no") =>
  Object.fromEntries(COLUMNS.map((column) => [column, cells[column] ?? otherwise])) as Record<Column, Rule>;
// A demoted moderator is a user now; a session ended by the demotion is stricter still: either holds.
const MEMBERS = rule({ user: "yes", owner: "yes", moderator: "yes", admin: "yes", "demoted moderator": "either" });
const OWN_ACCOUNT = { ...MEMBERS, owner: "n/a" } as const;
const SUBMITTER = rule({ owner: "yes" });
const MODERATORS = rule({ moderator: "yes", admin: "yes" });
const ADMINS = rule({ admin: "yes" });
const actionsOnly = (cells: Record<Column, Rule>) => ({ ...cells, "revoked token": "n/a" }) as Record<Column, Rule>;

type Board = Awaited<ReturnType<typeof createLeaderboard>> & { metricId: string };
type World = { board: Board; owner: TestUser };
type Row<T> = {
  verb: string;
  via: "action" | "api";
  rule: Record<Column, Rule>;
  /** What the write acts on, made afresh for each cell, owned by the owner. */
  prepare: (world: World, actor: Actor) => Promise<T>;
  send: (actor: Actor, target: T) => Promise<unknown>;
  /** Whether the write happened, read from the database. */
  happened: (target: T, actor: Actor) => Promise<boolean>;
};
const row = <T>(spec: Row<T>) => spec as Row<unknown>;

let api: APIRequestContext;
let actors: Record<Column, Actor>;
let world: World;
const matrix: { verb: string; via: string; cells: Record<Column, string> }[] = [];

const statusOf = async (id: string) => (await prisma.submission.findUniqueOrThrow({ where: { id } })).status;
const pending = (world: World) => submitResultsTo(world.board, world.owner.id, [{ model: `Probe ${randomUUID().slice(0, 6)}`, value: "50" }]).then((s) => s.id);
const sentBack = async (world: World) => {
  const id = await pending(world);
  await decide(id, "request_changes", "Probe: please change it.");
  return { id, payload: (await prisma.submission.findUniqueOrThrow({ where: { id } })).payload };
};
const published = (world: World) =>
  prisma.result.create({
    data: {
      benchmarkId: world.board.id,
      paperId: world.board.paperId,
      modelName: `Probe result ${randomUUID().slice(0, 6)}`,
      source: "SUBMISSION",
      submittedById: world.owner.id,
      values: { create: [{ metricId: world.board.metricId, raw: "60", value: 60 }] },
    },
  });
const report = async (world: World) => {
  const result = await published(world);
  const submission = await createReportSubmission({
    submitterId: world.owner.id,
    resultId: result.id,
    reason: "Probe: this number is from the validation split.",
  });
  return { id: submission.id, resultId: result.id };
};
const newSubmission = (marker: string) => ({
  ...submissionFor(world.board, [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }], [fixtureRow("Probe model", ["51"])]),
  comment: marker,
});
const submittedWith = async (marker: string) => (await prisma.submission.count({ where: { comment: marker } })) > 0;
const correctionOf = async (resultId: string, kind: "EDIT_RESULT" | "REPORT_RESULT") =>
  (await prisma.submission.count({ where: { targetResultId: resultId, kind } })) > 0;
const REASON = "Probe: decided for the matrix.";
const EDIT = { row: fixtureRow("Probe result, corrected", ["61"]), comment: "Probe: Table 2 says 61." };
const REPORT = { reason: "Probe: this number is from the validation split." };

const ACTIONS = {
  create: ["lib/actions/create-submission.ts", "createSubmissionAction"],
  edit: ["lib/actions/propose-result-edit.ts", "proposeResultEditAction"],
  report: ["lib/actions/report-result.ts", "reportResultAction"],
  withdraw: ["lib/actions/withdraw-submission.ts", "withdrawSubmissionAction"],
  resubmit: ["lib/actions/resubmit-submission.ts", "resubmitSubmissionAction"],
  decide: ["lib/actions/decide-submission.ts", "decideSubmissionAction"],
  decideReport: ["lib/actions/decide-report.ts", "decideReportAction"],
  decideMany: ["lib/actions/decide-submissions.ts", "decideSubmissionsAction"],
  retract: ["lib/actions/retract-result.ts", "retractResultAction"],
  metrics: ["lib/actions/update-benchmark-metrics.ts", "updateBenchmarkMetricsAction"],
  role: ["lib/actions/change-user-role.ts", "changeUserRoleAction"],
  createToken: ["lib/actions/create-api-token.ts", "createOwnApiToken"],
  revokeToken: ["lib/actions/revoke-api-token.ts", "revokeOwnApiToken"],
  profile: ["lib/actions/update-profile.ts", "updateOwnProfile"],
} as const satisfies Record<string, [string, string]>;

const decisions = (["approve", "reject", "request_changes"] as const).map((decision) => ({
  decision,
  status: ({ approve: "APPROVED", reject: "REJECTED", request_changes: "CHANGES_REQUESTED" } as const)[decision],
}));

const ROWS: Row<unknown>[] = [
  row({
    verb: "submit results",
    via: "action",
    rule: actionsOnly({ ...MEMBERS, owner: "n/a" }),
    prepare: async () => `probe ${randomUUID()}`,
    send: (actor, marker) => postAction(actor, "/submit", ACTIONS.create, newSubmission(marker)),
    happened: submittedWith,
  }),
  row({
    verb: "suggest an edit of a result",
    via: "action",
    rule: actionsOnly(MEMBERS),
    prepare: published,
    send: (actor, result) => postAction(actor, `/result/${result.id}/edit`, ACTIONS.edit, { resultId: result.id, ...EDIT }),
    happened: (result) => correctionOf(result.id, "EDIT_RESULT"),
  }),
  row({
    verb: "report a result",
    via: "action",
    rule: actionsOnly(MEMBERS),
    prepare: published,
    send: (actor, result) => postAction(actor, `/result/${result.id}/report`, ACTIONS.report, { resultId: result.id, ...REPORT }),
    happened: (result) => correctionOf(result.id, "REPORT_RESULT"),
  }),
  row({
    verb: "withdraw a submission",
    via: "action",
    rule: actionsOnly(SUBMITTER),
    prepare: pending,
    send: (actor, id) => postAction(actor, `/submissions/${id}`, ACTIONS.withdraw, id),
    happened: async (id) => (await statusOf(id)) === "WITHDRAWN",
  }),
  row({
    verb: "resubmit a submission",
    via: "action",
    rule: actionsOnly(SUBMITTER),
    prepare: sentBack,
    send: (actor, target) => postAction(actor, `/submissions/${target.id}`, ACTIONS.resubmit, target.id, target.payload),
    happened: async (target) => (await statusOf(target.id)) === "PENDING",
  }),
  ...decisions.map(({ decision, status }) =>
    row({
      verb: `${decision === "request_changes" ? "request changes to" : decision} a submission`,
      via: "action",
      rule: actionsOnly(MODERATORS),
      prepare: pending,
      send: (actor, id) => postAction(actor, `/moderation/${id}`, ACTIONS.decide, { submissionId: id, decision, reason: REASON }),
      happened: async (id) => (await statusOf(id)) === status,
    }),
  ),
  ...(["retract", "dismiss"] as const).map((decision) =>
    row({
      verb: `${decision} on a report`,
      via: "action",
      rule: actionsOnly(MODERATORS),
      prepare: report,
      send: (actor, target) => postAction(actor, `/moderation/${target.id}`, ACTIONS.decideReport, { submissionId: target.id, decision, reason: REASON }),
      happened: async (target) => (await statusOf(target.id)) !== "PENDING",
    }),
  ),
  ...(["approve", "reject"] as const).map((decision) =>
    row({
      verb: `${decision} from the queue (bulk)`,
      via: "action",
      rule: actionsOnly(MODERATORS),
      prepare: pending,
      send: (actor, id) => postAction(actor, "/moderation", ACTIONS.decideMany, { submissionIds: [id], decision, reason: REASON }),
      happened: async (id) => (await statusOf(id)) !== "PENDING",
    }),
  ),
  row({
    verb: "retract a result",
    via: "action",
    rule: actionsOnly(MODERATORS),
    prepare: published,
    send: (actor, result) => postAction(actor, `/moderation/results/${result.id}`, ACTIONS.retract, { resultId: result.id, reason: REASON }),
    happened: async (result) => (await prisma.result.findUniqueOrThrow({ where: { id: result.id } })).status === "RETRACTED",
  }),
  row({
    verb: "change a metric's direction",
    via: "action",
    rule: actionsOnly(MODERATORS),
    prepare: () => createLeaderboard({ metrics: [{ name: "Error", direction: "HIGHER_IS_BETTER" }], results: [] }),
    send: async (actor, board) => {
      const metric = await prisma.metric.findFirstOrThrow({ where: { benchmarkId: board.id } });
      return postAction(actor, `/moderation/benchmarks/${board.slug}`, ACTIONS.metrics, {
        benchmarkId: board.id,
        metrics: [{ id: metric.id, direction: "LOWER_IS_BETTER", unit: "" }],
      });
    },
    happened: async (board) => (await prisma.metric.findFirstOrThrow({ where: { benchmarkId: board.id } })).direction === "LOWER_IS_BETTER",
  }),
  row({
    verb: "change a user's role",
    via: "action",
    rule: actionsOnly({ ...ADMINS, owner: "n/a" }),
    prepare: () => createUser(),
    send: (actor, target) => postAction(actor, "/admin/users", ACTIONS.role, { userId: target.id, role: "MODERATOR" }),
    happened: async (target) => (await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role === "MODERATOR",
  }),
  row({
    verb: "create an API token",
    via: "action",
    rule: actionsOnly(OWN_ACCOUNT),
    prepare: async () => `probe ${randomUUID().slice(0, 8)}`,
    send: (actor, name) => postAction(actor, "/profile", ACTIONS.createToken, { name }),
    happened: async (name) => (await prisma.apiToken.count({ where: { name } })) > 0,
  }),
  row({
    verb: "revoke an API token",
    via: "action",
    rule: actionsOnly(SUBMITTER),
    prepare: (world) => createApiToken(world.owner.id, { name: "probe target" }),
    send: (actor, token) => postAction(actor, "/profile", ACTIONS.revokeToken, { tokenId: token.id }),
    happened: async (token) => (await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt !== null,
  }),
  row({
    verb: "rename one's profile",
    via: "action",
    rule: actionsOnly(OWN_ACCOUNT),
    prepare: async () => `Probe ${randomUUID().slice(0, 8)}`,
    send: (actor, name) => postAction(actor, "/profile", ACTIONS.profile, { name }),
    happened: async (name) => (await prisma.user.count({ where: { name } })) > 0,
  }),
  row({
    verb: "POST /submissions/",
    via: "api",
    rule: { ...MEMBERS, owner: "n/a" },
    prepare: async () => `probe ${randomUUID()}`,
    send: (actor, marker) => callApi(api, actor, "POST", "/submissions/", newSubmission(marker)),
    happened: submittedWith,
  }),
  row({
    verb: "PUT /submissions/{id}/ (resubmit)",
    via: "api",
    rule: SUBMITTER,
    prepare: sentBack,
    send: (actor, target) => callApi(api, actor, "PUT", `/submissions/${target.id}/`, target.payload),
    happened: async (target) => (await statusOf(target.id)) === "PENDING",
  }),
  row({
    verb: "POST /submissions/{id}/withdraw",
    via: "api",
    rule: SUBMITTER,
    prepare: pending,
    send: (actor, id) => callApi(api, actor, "POST", `/submissions/${id}/withdraw`),
    happened: async (id) => (await statusOf(id)) === "WITHDRAWN",
  }),
  ...decisions.map(({ decision, status }) =>
    row({
      verb: `POST /submissions/{id}/${decision.replace("_", "-")}`,
      via: "api",
      rule: MODERATORS,
      prepare: pending,
      send: (actor, id) => callApi(api, actor, "POST", `/submissions/${id}/${decision.replace("_", "-")}`, { reason: REASON }),
      happened: async (id) => (await statusOf(id)) === status,
    }),
  ),
  row({
    verb: "POST /submissions/{id}/approve (a report)",
    via: "api",
    rule: MODERATORS,
    prepare: report,
    send: (actor, target) => callApi(api, actor, "POST", `/submissions/${target.id}/approve`, { reason: REASON }),
    happened: async (target) => (await statusOf(target.id)) === "APPROVED",
  }),
  row({
    verb: "POST /results/{id}/edits",
    via: "api",
    rule: MEMBERS,
    prepare: published,
    send: (actor, result) => callApi(api, actor, "POST", `/results/${result.id}/edits`, EDIT),
    happened: (result) => correctionOf(result.id, "EDIT_RESULT"),
  }),
  row({
    verb: "POST /results/{id}/reports",
    via: "api",
    rule: MEMBERS,
    prepare: published,
    send: (actor, result) => callApi(api, actor, "POST", `/results/${result.id}/reports`, REPORT),
    happened: (result) => correctionOf(result.id, "REPORT_RESULT"),
  }),
];

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  api = await playwright.request.newContext({ baseURL });
  actors = await makeActors(browser, await playwright.request.newContext({ baseURL }));
  const board = await createLeaderboard({ metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }], results: [] });
  const metric = await prisma.metric.findFirstOrThrow({ where: { benchmarkId: board.id } });
  world = { board: { ...board, metricId: metric.id }, owner: actors.owner.user! };
});

test.afterAll(() => {
  const width = Math.max(...matrix.map((line) => line.verb.length)) + 11;
  const pad = (text: string, column: Column) => text.padEnd(Math.max(column.length, "allowed ✗".length) + 2);
  const header = ["write".padEnd(width), ...COLUMNS.map((column) => pad(column, column))].join("");
  const lines = matrix.map(({ verb, via, cells }) =>
    [`${via.padEnd(7)}  ${verb}`.padEnd(width), ...COLUMNS.map((column) => pad(cells[column], column))].join(""),
  );
  console.log(["", "Authorization matrix (allowed / refused; ✗ marks a cell that breaks DESIGN.md's role table)", header, ...lines].join("\n"));
});

for (const via of ["action", "api"] as const) {
  test(`every ${via === "action" ? "server action" : "API write"} is allowed exactly to the roles DESIGN.md names`, async () => {
    test.setTimeout(300_000);
    const wrong: string[] = [];
    for (const spec of ROWS.filter((candidate) => candidate.via === via)) {
      const cells = {} as Record<Column, string>;
      for (const column of COLUMNS) {
        const expected = spec.rule[column];
        if (expected === "n/a") {
          cells[column] = "·";
          continue;
        }
        const actor = actors[column];
        const target = await spec.prepare(world, actor);
        await spec.send(actor, target);
        const allowed = await spec.happened(target, actor);
        const isWrong = (expected === "yes" && !allowed) || (expected === "no" && allowed);
        cells[column] = `${allowed ? "allowed" : "refused"}${isWrong ? " ✗" : ""}`;
        if (isWrong) wrong.push(`${spec.verb} by ${column}: ${allowed ? "allowed" : "refused"}, DESIGN.md says ${expected}`);
      }
      matrix.push({ verb: spec.verb, via, cells });
    }
    expect(wrong).toEqual([]);
  });
}
