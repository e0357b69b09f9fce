"use server";

import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { claimPaper } from "@/lib/authors/claims";
import { ClaimPaperSchema, type ClaimPaper } from "@/lib/validations/trust";

/** /paper/[slug]/claim: a signed-in user says which of the paper's authors they are. */
export async function claimPaperAction(input: unknown): Promise<FormResult<ClaimPaper>> {
  const parsed = ClaimPaperSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const outcome = await claimPaper((await currentWriter())?.id ?? null, parsed.data);
    return {
      ok: true,
      message: outcome.viaOrcid ? "Approved through your ORCID iD: you are an author of this paper." : "Sent: a moderator will check your claim.",
    };
  } catch (error) {
    return refusal(error);
  }
}
