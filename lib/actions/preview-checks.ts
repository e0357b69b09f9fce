"use server";

import { currentUser } from "@/lib/auth";
import { previewSubmission, type SubmissionPreview } from "@/lib/data/submission-preview";
import { CreateSubmissionSchema } from "@/lib/validations/submission";
import { failure, invalid, type ActionFailure } from "@/lib/actions/form-result";

/** The form's "Check": the automatic checks of the form as it stands and where its rows would rank, nothing stored. */
export async function previewChecksAction(input: unknown, submissionId?: string): Promise<({ ok: true } & SubmissionPreview) | ActionFailure> {
  const parsed = CreateSubmissionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const user = await currentUser();
    return { ok: true, ...(await previewSubmission(user?.id ?? null, parsed.data, submissionId)) };
  } catch (error) {
    return failure(error);
  }
}
