"use server";

import { currentUser } from "@/lib/auth";
import { lookUpPaper, matchBenchmark, type BenchmarkMatch, type PaperLookup } from "@/lib/data/submission-form";
import type { CardDraft } from "@/lib/model-index/map-card";
import type { CardProblem } from "@/lib/model-index/parse-card";
import { readModelCard } from "@/lib/model-index/read-card";
import { ReadModelCardSchema } from "@/lib/validations/model-card";
import { failure, invalid, type ActionFailure } from "@/lib/actions/form-result";

/** A draft with what the form shows at once: its benchmark and paper as the catalogue knows them. */
export type FormCardDraft = CardDraft & { match: BenchmarkMatch; lookup: PaperLookup | null };
export type ReadModelCardAnswer = { ok: true; drafts: FormCardDraft[]; problems: CardProblem[] } | ActionFailure;

/** /submit's "Paste a model card": the card read into drafts of the form; nothing is submitted. */
export async function readModelCardAction(input: unknown): Promise<ReadModelCardAnswer> {
  const parsed = ReadModelCardSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const user = await currentUser();
    const { drafts, problems } = await readModelCard(user?.id ?? null, parsed.data);
    const withCatalogue = await Promise.all(
      drafts.map(async (draft) => {
        const { task, dataset, subset } = draft.submission.benchmark;
        const ref = draft.submission.paper.ref;
        return { ...draft, match: await matchBenchmark(task, dataset, subset), lookup: ref ? await lookUpPaper(ref) : null };
      }),
    );
    return { ok: true, drafts: withCatalogue, problems };
  } catch (error) {
    return failure(error);
  }
}
