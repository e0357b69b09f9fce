"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth";
import { resubmitSubmission } from "@/lib/submissions/resubmit-submission";
import { failure, type ActionFailure } from "./submission-result";

/** /submissions/[id]: the edited submission goes back to the queue. Its schema depends on its kind: the domain parses. */
export async function resubmitSubmissionAction(submissionId: string, input: unknown): Promise<ActionFailure> {
  try {
    const user = await currentUser();
    await resubmitSubmission(user?.id ?? null, String(submissionId), input);
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/submissions");
  redirect(`/submissions/${submissionId}`);
}
