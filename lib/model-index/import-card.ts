// `npm run import -- README.md --as EMAIL`: a model card's results into the review queue, through the
// same domain function as the submission form, one submission per benchmark.
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createSubmission } from "@/lib/submissions/create-submission";
import { isInvalidInput, type FieldErrorMap } from "@/lib/submissions/input-errors";
import type { CreateSubmission } from "@/lib/validations/submission";
import { draftSubmissions, type FieldNote } from "./map-card";
import { parseModelCard, type CardProblem } from "./parse-card";

export type ImportedDraft = {
  label: string;
  notes: FieldNote[];
  rows: number;
  submissionId: string | null;
  refusal: { message: string; fieldErrors: FieldErrorMap } | null;
};
export type CardImport = { drafts: ImportedDraft[]; problems: CardProblem[] };

/**
 * Reads the card, maps it onto the catalogue and submits each draft as the user with this email.
 * Throws ModelCardError for an unreadable card and NOT_FOUND for an unknown email; a draft the
 * submission rules refuse is reported with its field errors and the others still go in.
 */
export async function importModelCard(text: string, options: { as: string; paper?: Partial<CreateSubmission["paper"]> }): Promise<CardImport> {
  const user = await prisma.user.findFirst({ where: { email: options.as.trim() }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", `No account with the email ${options.as}: sign up on the site first.`);
  const card = parseModelCard(text);
  const { drafts, problems } = await prisma.$transaction((tx) => draftSubmissions(tx, card, { paper: options.paper }));
  const imported: ImportedDraft[] = [];
  for (const draft of drafts) {
    const base = { label: draft.label, notes: draft.notes, rows: draft.submission.rows.length };
    try {
      const { id } = await createSubmission(user.id, draft.submission);
      imported.push({ ...base, submissionId: id, refusal: null });
    } catch (error) {
      if (!isInvalidInput(error)) throw error;
      imported.push({ ...base, submissionId: null, refusal: { message: error.message, fieldErrors: error.fieldErrors } });
    }
  }
  return { drafts: imported, problems };
}

const KIND_LABELS = { mapped: "mapped", new: "new", check: "check" } as const;

/** What the import made, for a terminal: each submission with its review address, notes and refusals. */
export function formatCardImport(result: CardImport, siteUrl: string): string {
  const made = result.drafts.filter((draft) => draft.submissionId).length;
  const lines = [`${made} of ${result.drafts.length} submission${result.drafts.length === 1 ? "" : "s"} sent for review.`];
  for (const draft of result.drafts) {
    lines.push("", `${draft.submissionId ? "✓" : "✗"} ${draft.label} (${draft.rows} result${draft.rows === 1 ? "" : "s"})`);
    for (const note of draft.notes) {
      const suggestions = note.suggestions.length > 0 ? ` Suggestions: ${note.suggestions.join(" | ")}` : "";
      lines.push(`    [${KIND_LABELS[note.kind]}] ${note.path}: ${note.message}${suggestions}`);
    }
    if (draft.submissionId) lines.push(`    Review: ${siteUrl}/moderation/${draft.submissionId}`);
    if (draft.refusal) {
      lines.push(`    Refused: ${draft.refusal.message}`);
      for (const [path, messages] of Object.entries(draft.refusal.fieldErrors)) lines.push(`      ${path || "submission"}: ${messages.join("; ")}`);
      if (Object.keys(draft.refusal.fieldErrors).some((path) => path.startsWith("paper."))) {
        lines.push("      Name the paper: --paper ARXIV_ID_OR_URL, and for a paper not in the catalogue --title, --authors and --date YYYY-MM-DD.");
      }
    }
  }
  if (result.problems.length > 0) {
    lines.push("", "Left out of the card:");
    for (const problem of result.problems) lines.push(`    line ${problem.line}: ${problem.message}`);
  }
  return lines.join("\n");
}
