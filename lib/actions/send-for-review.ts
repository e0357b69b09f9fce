import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { currentWriter } from "@/lib/auth";
import { failure, invalid, type ActionFailure } from "@/lib/actions/form-result";

/**
 * What the actions that put something in the review queue share: parse with the form's schema, the
 * signed-in user (or none: the domain refuses), the domain function, then the submitter's own pages
 * and a redirect to the new submission. Only failures return.
 */
export async function sendForReview<S extends z.ZodType>(
  schema: S,
  input: unknown,
  write: (userId: string | null, data: z.output<S>) => Promise<{ id: string }>,
): Promise<ActionFailure> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  let id: string;
  try {
    const user = await currentWriter();
    ({ id } = await write(user?.id ?? null, parsed.data));
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/submissions");
  redirect(`/submissions/${id}`);
}
