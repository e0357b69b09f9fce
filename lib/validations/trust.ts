import { z } from "zod";

const Id = z.string().trim().min(1).max(64);
const Reason = (what: string) => z.string().trim().min(1, `Say ${what}.`).max(2000, "At most 2,000 characters.");

/** A moderator settles a contest: the row that stands ("none": a disputed row is withdrawn), and why. */
export const SettleContestSchema = z.object({ contestId: Id, standingId: Id, reason: Reason("why this value stands") });
export type SettleContest = z.infer<typeof SettleContestSchema>;

/** A signed-in user says which author of a paper they are. */
export const ClaimPaperSchema = z.object({
  paperId: Id,
  authorName: z.string().trim().min(1, "Choose your name among the paper's authors.").max(300),
  note: z.string().trim().max(1000, "At most 1,000 characters.").default(""),
});
export type ClaimPaper = z.input<typeof ClaimPaperSchema>;

/** A moderator approves or rejects a claim. */
export const DecideClaimSchema = z.object({ claimId: Id, decision: z.enum(["approve", "reject"]), reason: z.string().trim().max(2000).default("") });
export type DecideClaim = z.input<typeof DecideClaimSchema>;

/** An author confirms a result of their paper. */
export const ConfirmResultSchema = z.object({ resultId: Id });
export type ConfirmResult = z.infer<typeof ConfirmResultSchema>;

/** An author disputes a result of their paper, with their reason (it goes to the moderation queue). */
export const DisputeResultSchema = z.object({
  resultId: Id,
  reason: z.string().trim().min(10, "Say what is wrong, in a sentence or two.").max(2000, "At most 2,000 characters."),
});
export type DisputeResult = z.infer<typeof DisputeResultSchema>;

/** A moderator accepts a linked run or log that reproduces a result. */
export const AcceptReproductionSchema = z.object({
  resultId: Id,
  url: z.url({ protocol: /^https?$/, message: "Give the run's or log's address (https://…)." }).max(2000),
});
export type AcceptReproduction = z.infer<typeof AcceptReproductionSchema>;

/** A moderator retracts the reproduction evidence of a result, with a reason. */
export const RetractEvidenceSchema = z.object({ resultId: Id, reason: Reason("why the evidence no longer holds") });
export type RetractEvidence = z.infer<typeof RetractEvidenceSchema>;
