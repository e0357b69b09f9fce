import { z } from "zod";

/** "Cite this leaderboard": the board, and the day it is cited as of (empty: today). */
export const CreateSnapshotSchema = z.object({
  benchmark: z.string().trim().min(1).max(300),
  asOf: z.union([z.iso.date(), z.literal("")]).default(""),
});
export type CreateSnapshot = z.infer<typeof CreateSnapshotSchema>;
