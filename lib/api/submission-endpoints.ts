// The community loop through the API: submit, follow, withdraw and resubmit one's submissions, suggest
// edits and report results, and, for moderators, the queue and its decisions. Each calls the domain
// function the site's forms call, so every rule of the loop holds here too.
import "server-only";
import { prisma } from "@/lib/db";
import { decideSubmission } from "@/lib/submissions/decisions/decide-submission";
import { createSubmission } from "@/lib/submissions/create-submission";
import { parseInput } from "@/lib/submissions/input-errors";
import { proposeResultEdit } from "@/lib/submissions/propose-result-edit";
import { reportResult } from "@/lib/submissions/report-result";
import { resubmitSubmission } from "@/lib/submissions/resubmit-submission";
import { withdrawSubmission } from "@/lib/submissions/withdraw-submission";
import { ReviewDecisionSchema, type ReviewDecision } from "@/lib/validations/submission";
import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import { TAGS } from "./endpoints";
import type { Operation, OperationCall } from "./operation";
import { pageWindow, toApiPage } from "./pagination";
import { parseParams, SubmissionListParams } from "./params";
import { listSubmissions, readSubmission } from "./read/submissions";
import {
  CreateSubmissionBody,
  DecisionBody,
  DecisionSchema,
  ResultEditBody,
  ResultReportBody,
  SubmissionBody,
  SubmissionPageSchema,
  SubmissionSchema,
} from "./schemas";
import { completeSubmissionBody, parseBody } from "./write-bodies";

const EXAMPLE_ROW = {
  modelName: "ResNet-152 (ours)",
  values: ["80.6%", "60.2M"],
  usesExtraData: false,
  extraData: "",
  codeUrl: "https://github.com/example/resnet-152",
  evaluatedAt: "",
  evidence: "Table 3",
};

/** A resubmission's body completed as the body of its kind: an edit's or a report's about the result it was made for. */
async function completeBodyOf(stored: { kind: SubmissionKind; targetResultId: string | null }, body: Record<string, unknown>): Promise<unknown> {
  if (stored.kind === "NEW_RESULTS") return completeSubmissionBody(body);
  const completed = parseBody(stored.kind === "EDIT_RESULT" ? ResultEditBody : ResultReportBody, body);
  return { ...completed, resultId: stored.targetResultId };
}

/** A moderator's decision: the reason parsed with the review form's schema, then its domain function. */
function decide(decision: ReviewDecision["decision"]) {
  return async ({ userId, id, body, url }: OperationCall) => {
    const input = parseInput(ReviewDecisionSchema, { reason: "", ...body, submissionId: id, decision });
    const outcome = await decideSubmission(userId, input);
    return { submission: await readSubmission(userId, id!, url), results: outcome.resultIds, evaluation: outcome.benchmarkSlug };
  };
}

/** POST /submissions/{id}/approve, /reject or /request-changes. */
function decisionEndpoint(
  decision: ReviewDecision["decision"],
  described: Pick<Operation, "operationId" | "summary" | "description" | "exampleBody">,
): Operation {
  return {
    ...described,
    method: "post",
    path: `/submissions/{id}/${decision.replace("_", "-")}`,
    tag: TAGS.moderation,
    access: "moderator",
    resource: "submission",
    body: DecisionBody,
    status: 200,
    response: DecisionSchema,
    refusals: ["invalid_input", "forbidden", "own_submission", "not_found", "already_decided", "conflict"],
    handle: decide(decision),
  };
}

export const submissionEndpoints = {
  listSubmissions: {
    operationId: "listSubmissions",
    method: "get",
    path: "/submissions/",
    tag: TAGS.submissions,
    summary: "List submissions",
    description:
      "A user's own submissions, in every state unless `status` says which; for moderators and admins, everyone's: " +
      "the review queue is `status=pending`. Oldest first, so that pages stay put while new submissions arrive at the end.",
    access: "user",
    params: SubmissionListParams,
    exampleQuery: "status=pending&has_warnings=true",
    status: 200,
    response: SubmissionPageSchema,
    refusals: ["invalid_parameter", "not_found"],
    handle: async ({ userId, url }) => {
      const params = parseParams(SubmissionListParams, url.searchParams);
      const window = pageWindow(params.page, params.items_per_page);
      return toApiPage(await listSubmissions(userId, params, window, url), window, url);
    },
  },
  createSubmission: {
    operationId: "createSubmission",
    method: "post",
    path: "/submissions/",
    tag: TAGS.submissions,
    summary: "Submit new results",
    description:
      "The body is what the form at /submit sends: the benchmark by its task and dataset names and its metrics, the paper, " +
      "and 1 to 25 rows. Unknown names propose new catalogue entries. It enters the review queue with its automatic checks; " +
      "nothing is public until a moderator approves it. A field at fault is named in `error.fields` by its path in the body.",
    access: "user",
    body: CreateSubmissionBody,
    status: 201,
    response: SubmissionSchema,
    refusals: ["invalid_input"],
    exampleBody: {
      benchmark: {
        task: "Image Classification",
        dataset: "ImageNet",
        subset: "",
        metrics: [
          { name: "Top 1 Accuracy", direction: "HIGHER_IS_BETTER", unit: "%" },
          { name: "Number of params", direction: "NOT_RANKED", unit: "M" },
        ],
      },
      paper: { ref: "1512.03385", title: "", authors: "", publishedAt: "" },
      rows: [EXAMPLE_ROW],
      comment: "Numbers from the single-crop evaluation.",
    },
    handle: async ({ userId, body, url }) => {
      const { id } = await createSubmission(userId, await completeSubmissionBody(body));
      return readSubmission(userId, id, url);
    },
  },
  getSubmission: {
    operationId: "getSubmission",
    method: "get",
    path: "/submissions/{id}/",
    tag: TAGS.submissions,
    summary: "Get a submission",
    description: "Its state, content, checks and review events: for its submitter and for moderators.",
    access: "user",
    resource: "submission",
    status: 200,
    response: SubmissionSchema,
    refusals: ["forbidden", "not_found"],
    handle: ({ userId, id, url }) => readSubmission(userId, id!, url),
  },
  resubmitSubmission: {
    operationId: "resubmitSubmission",
    method: "put",
    path: "/submissions/{id}/",
    tag: TAGS.submissions,
    summary: "Resubmit after changes were requested",
    description:
      "The submitter sends the whole content again, edited, while the submission is `changes_requested`: it goes back to " +
      "`pending` with fresh checks. The body is that of its kind: CreateSubmission for new results, ResultEdit or ResultReport for a correction.",
    access: "user",
    resource: "submission",
    body: SubmissionBody,
    status: 200,
    response: SubmissionSchema,
    refusals: ["invalid_input", "forbidden", "not_found", "already_decided"],
    handle: async ({ userId, id, body, url }) => {
      // A correction's body names no result: it stays about the one it was made for.
      const stored = await prisma.submission.findUnique({ where: { id: id! }, select: { kind: true, targetResultId: true } });
      await resubmitSubmission(userId, id!, stored ? await completeBodyOf(stored, body) : body);
      return readSubmission(userId, id!, url);
    },
  },
  withdrawSubmission: {
    operationId: "withdrawSubmission",
    method: "post",
    path: "/submissions/{id}/withdraw",
    tag: TAGS.submissions,
    summary: "Withdraw a pending submission",
    description: "The submitter takes back a submission still waiting for review. No body.",
    access: "user",
    resource: "submission",
    status: 200,
    response: SubmissionSchema,
    refusals: ["forbidden", "not_found", "already_decided"],
    handle: async ({ userId, id, url }) => {
      await withdrawSubmission(userId, id!);
      return readSubmission(userId, id!, url);
    },
  },
  suggestResultEdit: {
    operationId: "suggestResultEdit",
    method: "post",
    path: "/results/{id}/edits",
    tag: TAGS.submissions,
    summary: "Suggest an edit of a result",
    description:
      "Proposes the published result's row as it should read (every field, its values in the benchmark's metric order). " +
      "The published version stays until a moderator approves the edit.",
    access: "user",
    resource: "result",
    body: ResultEditBody,
    status: 201,
    response: SubmissionSchema,
    refusals: ["invalid_input", "not_found", "conflict"],
    exampleBody: { row: { ...EXAMPLE_ROW, values: ["80.2%", "60.2M"] }, comment: "Table 3 reports 80.2, not 80.6." },
    handle: async ({ userId, id, body, url }) => {
      const { id: submissionId } = await proposeResultEdit(userId, { ...parseBody(ResultEditBody, body), resultId: id });
      return readSubmission(userId, submissionId, url);
    },
  },
  reportResult: {
    operationId: "reportResult",
    method: "post",
    path: "/results/{id}/reports",
    tag: TAGS.submissions,
    summary: "Report a problem with a result",
    description: "Flags a published result as wrong; if a moderator agrees, it is retracted from the leaderboard.",
    access: "user",
    resource: "result",
    body: ResultReportBody,
    status: 201,
    response: SubmissionSchema,
    refusals: ["invalid_input", "not_found", "conflict"],
    exampleBody: { reason: "Evaluated on the validation split, not the test split (see section 4.2)." },
    handle: async ({ userId, id, body, url }) => {
      const { id: submissionId } = await reportResult(userId, { ...parseBody(ResultReportBody, body), resultId: id });
      return readSubmission(userId, submissionId, url);
    },
  },
  approveSubmission: decisionEndpoint("approve", {
    operationId: "approveSubmission",
    summary: "Approve a submission",
    description:
      "Publishes new results (creating the task, dataset, benchmark, metrics and paper they propose), applies an edit, or " +
      "retracts a reported result for the reason given (required for a report: the public reads it beside the report); " +
      "every page shows it on its next request. Nobody approves their own submission; of two " +
      "moderators deciding at once, the second is told who decided first (409).",
    exampleBody: {},
  }),
  rejectSubmission: decisionEndpoint("reject", {
    operationId: "rejectSubmission",
    summary: "Reject a submission",
    description: "The reason is required and shown to the submitter.",
    exampleBody: { reason: "The paper reports these numbers on the validation split." },
  }),
  requestChanges: decisionEndpoint("request_changes", {
    operationId: "requestChanges",
    summary: "Request changes to a submission",
    description: "Sends it back to its submitter, who edits and resubmits it. The reason is required and shown to them.",
    exampleBody: { reason: "Say where in the paper the second row stands." },
  }),
} satisfies Record<string, Operation>;

export const SUBMISSION_OPERATIONS: Operation[] = Object.values(submissionEndpoints);
