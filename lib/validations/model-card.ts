import { z } from "zod";

/** The submission form's "Paste a model card". */
export const ReadModelCardSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, "Paste a model card: its README.md, or its model-index YAML")
    .max(200_000, "At most 200,000 characters: paste the YAML block alone"),
});

export type ReadModelCard = z.infer<typeof ReadModelCardSchema>;
