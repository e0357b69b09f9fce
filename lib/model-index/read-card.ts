import { prisma } from "@/lib/db";
import { InvalidInput, parseInput } from "@/lib/submissions/input-errors";
import { requireActor } from "@/lib/users/require-actor";
import { ReadModelCardSchema } from "@/lib/validations/model-card";
import { draftSubmissions, type CardDrafts } from "./map-card";
import { isModelCardError, parseModelCard } from "./parse-card";

/**
 * The form's "Paste a model card": the drafts the card makes, for a signed-in user, nothing written.
 * A card that cannot be read is refused as an error of the pasted text, with its line.
 */
export async function readModelCard(userId: string | null, input: unknown): Promise<CardDrafts> {
  const { text } = parseInput(ReadModelCardSchema, input);
  return prisma.$transaction(async (tx) => {
    await requireActor(tx, userId);
    try {
      return await draftSubmissions(tx, parseModelCard(text));
    } catch (error) {
      if (isModelCardError(error)) throw new InvalidInput({ text: [error.message] }, "The model card could not be read.");
      throw error;
    }
  });
}
