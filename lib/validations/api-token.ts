import { z } from "zod";
import { inputString } from "@/lib/validations/text";

/** /profile: a new personal API token, named for the person to recognise it later. */
export const CreateApiTokenSchema = z.object({
  name: inputString().trim().min(1, "Name the token, like “laptop” or “nightly sync”").max(80, "Use at most 80 characters"),
});
export type CreateApiToken = z.infer<typeof CreateApiTokenSchema>;

export const RevokeApiTokenSchema = z.object({ tokenId: inputString().min(1).max(64) });
export type RevokeApiToken = z.infer<typeof RevokeApiTokenSchema>;
