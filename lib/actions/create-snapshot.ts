"use server";

import { redirect } from "next/navigation";
import { createSnapshot } from "@/lib/citations/snapshots";
import { CreateSnapshotSchema } from "@/lib/validations/snapshot";

/** "Cite": freezes the board (as of the day shown) and opens the snapshot's stable page. No sign-in: anyone cites. */
export async function createSnapshotAction(formData: FormData): Promise<void> {
  const parsed = CreateSnapshotSchema.safeParse({ benchmark: formData.get("benchmark"), asOf: formData.get("asOf") ?? "" });
  if (!parsed.success) throw new Error("Not a leaderboard to cite.");
  const snapshot = await createSnapshot(parsed.data);
  redirect(`/sota/${snapshot.benchmarkSlug}/snapshot/${snapshot.id}`);
}
