"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth";
import { createSubmission } from "@/lib/submissions/create-submission";
import { CreateSubmissionSchema } from "@/lib/validations/submission";
import { failure, invalid, type ActionFailure } from "./submission-result";

/** /submit: new results go to the review queue; the submitter lands on their submission. */
export async function createSubmissionAction(input: unknown): Promise<ActionFailure> {
  const parsed = CreateSubmissionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  let id: string;
  try {
    const user = await currentUser();
    ({ id } = await createSubmission(user?.id ?? null, parsed.data));
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/submissions");
  redirect(`/submissions/${id}`);
}
