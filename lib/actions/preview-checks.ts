"use server";

import { currentUser } from "@/lib/auth";
import type { SubmissionCheck } from "@/lib/submissions/checks/check-types";
import { previewChecks } from "@/lib/submissions/checks/preview-checks";
import { CreateSubmissionSchema } from "@/lib/validations/submission";
import { failure, invalid, type ActionFailure } from "@/lib/actions/form-result";

/** The form's "Check": the automatic checks of the form as it stands, nothing stored. */
export async function previewChecksAction(input: unknown, submissionId?: string): Promise<{ ok: true; checks: SubmissionCheck[] } | ActionFailure> {
  const parsed = CreateSubmissionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const user = await currentUser();
    return { ok: true, checks: await previewChecks(user?.id ?? null, parsed.data, submissionId) };
  } catch (error) {
    return failure(error);
  }
}
