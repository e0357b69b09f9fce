"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth";
import { reportResult } from "@/lib/submissions/report-result";
import { ReportResultSchema } from "@/lib/validations/submission";
import { failure, invalid, type ActionFailure } from "./submission-result";

/** /result/[id]/report: "Report a problem" goes to the review queue. */
export async function reportResultAction(input: unknown): Promise<ActionFailure> {
  const parsed = ReportResultSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  let id: string;
  try {
    const user = await currentUser();
    ({ id } = await reportResult(user?.id ?? null, parsed.data));
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/submissions");
  redirect(`/submissions/${id}`);
}
