import { NextResponse } from "next/server";
import { z } from "zod";
import { apiError, apiRefusal } from "@/lib/api/errors";
import { currentApiUserId } from "@/lib/api/current-user";
import { approveSubmission } from "@/lib/submissions/approve-submission";
import { rejectSubmission } from "@/lib/submissions/reject-submission";
import { requestChanges } from "@/lib/submissions/request-changes";
import { ReviewDecisionSchema, type ReviewDecision } from "@/lib/validations/submission";

const DECIDE = {
  approve: approveSubmission,
  reject: rejectSubmission,
  request_changes: requestChanges,
} satisfies Record<ReviewDecision["decision"], unknown>;

type Context = { params: Promise<{ id: string }> };

/**
 * POST /api/v1/submissions/{id}/{approve|reject|request-changes} with a JSON body `{ reason }`
 * (required to reject or request changes). The same domain functions as the review page's form.
 */
export function decisionRoute(decision: ReviewDecision["decision"]) {
  return async function POST(request: Request, { params }: Context): Promise<NextResponse> {
    const userId = await currentApiUserId(request);
    if (!userId) return apiError("UNAUTHENTICATED", "Sign in first.");
    const body: unknown = await request.json().catch(() => ({}));
    const reason = body && typeof body === "object" && "reason" in body ? body.reason : "";
    const parsed = ReviewDecisionSchema.safeParse({ submissionId: (await params).id, decision, reason: reason ?? "" });
    if (!parsed.success) {
      return apiError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Invalid input.", z.flattenError(parsed.error).fieldErrors);
    }
    try {
      const outcome = await DECIDE[decision](userId, parsed.data);
      return NextResponse.json({
        submission: { id: outcome.submissionId, status: outcome.status },
        results: outcome.resultIds.map((id) => ({ id })),
        leaderboard: outcome.benchmarkSlug ? `/sota/${outcome.benchmarkSlug}` : null,
      });
    } catch (error) {
      return apiRefusal(error);
    }
  };
}
