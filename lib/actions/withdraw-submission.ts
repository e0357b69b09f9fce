"use server";

import { revalidatePath } from "next/cache";
import { currentWriter } from "@/lib/auth";
import { withdrawSubmission } from "@/lib/submissions/withdraw-submission";
import { failure, type ActionFailure } from "@/lib/actions/form-result";

/** /submissions/[id]: the submitter takes back a pending submission. */
export async function withdrawSubmissionAction(submissionId: string): Promise<{ ok: true; message: string } | ActionFailure> {
  try {
    const user = await currentWriter();
    await withdrawSubmission(user?.id ?? null, String(submissionId));
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/submissions");
  revalidatePath(`/submissions/${submissionId}`);
  return { ok: true, message: "Withdrawn: it has left the review queue." };
}
