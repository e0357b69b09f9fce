"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth";
import { proposeResultEdit } from "@/lib/submissions/propose-result-edit";
import { EditResultSchema } from "@/lib/validations/submission";
import { failure, invalid, type ActionFailure } from "./submission-result";

/** /result/[id]/edit: "Suggest an edit" goes to the review queue. */
export async function proposeResultEditAction(input: unknown): Promise<ActionFailure> {
  const parsed = EditResultSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  let id: string;
  try {
    const user = await currentUser();
    ({ id } = await proposeResultEdit(user?.id ?? null, parsed.data));
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/submissions");
  redirect(`/submissions/${id}`);
}
