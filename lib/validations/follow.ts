import { z } from "zod";
import { inputString } from "@/lib/validations/text";

export const WATCH_TARGET_KINDS = ["TASK", "BENCHMARK", "PAPER", "DATASET", "AUTHOR"] as const;

/** A Watch/Unwatch button: what it is about, and whether to watch or stop. */
export const SetWatchSchema = z.object({
  kind: z.enum(WATCH_TARGET_KINDS),
  targetId: inputString().min(1).max(200),
  watch: z.boolean(),
});
export type SetWatch = z.infer<typeof SetWatchSchema>;

/** The inbox's digest choice. */
export const SetDigestSchema = z.object({ frequency: z.enum(["OFF", "DAILY", "WEEKLY"]) });
export type SetDigest = z.infer<typeof SetDigestSchema>;

/** /profile: a webhook for one of the user's watches. */
export const CreateWebhookSchema = z.object({
  watchId: inputString().min(1, "Choose what to follow").max(64),
  url: inputString()
    .trim()
    .max(2000, "Use at most 2,000 characters")
    .pipe(z.url({ protocol: /^https?$/, error: "Enter an http:// or https:// address" })),
});
export type CreateWebhook = z.infer<typeof CreateWebhookSchema>;

export const DeleteWebhookSchema = z.object({ webhookId: inputString().min(1).max(64) });
