"use server";

import { revalidatePath } from "next/cache";
import { currentWriter } from "@/lib/auth";
import { refusal, type FormResult } from "@/lib/actions/form-result";
import { setWatch } from "@/lib/follow/watches";
import { SetWatchSchema } from "@/lib/validations/follow";

/** A Watch/Unwatch button. */
export async function setOwnWatch(input: unknown): Promise<FormResult & { isWatching?: boolean }> {
  const parsed = SetWatchSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That cannot be watched." };
  let isWatching: boolean;
  try {
    const user = await currentWriter();
    ({ isWatching } = await setWatch(user?.id ?? null, parsed.data));
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/profile");
  return { ok: true, isWatching };
}
