import { z } from "zod";
import { getSuggestions, SUGGESTION_KINDS } from "@/lib/data/suggestions";
import { lookUpPaper, matchBenchmark } from "@/lib/data/submission-form";
import { inputString } from "@/lib/validations/text";

const name = inputString().trim().max(200).catch("");

const QuerySchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.enum(SUGGESTION_KINDS), q: name, dataset: name }),
  z.object({ kind: z.literal("benchmark"), task: name, dataset: name, subset: name }),
  z.object({ kind: z.literal("paper-lookup"), q: name }),
]);

// The catalogue changes rarely and the reads are cached by tag: browsers may keep an answer a minute.
const HEADERS = { "Cache-Control": "public, max-age=60, stale-while-revalidate=600" };

async function answer(query: z.infer<typeof QuerySchema>) {
  if (query.kind === "benchmark") return query.task && query.dataset ? matchBenchmark(query.task, query.dataset, query.subset) : null;
  if (query.kind === "paper-lookup") return query.q ? lookUpPaper(query.q) : { found: null, ref: "" };
  if (!query.q && query.kind !== "subset") return [];
  return getSuggestions(query.kind, query.q, query.dataset);
}

/**
 * The submission form's look-ups, as the user types: `kind=task|dataset|paper&q=…`,
 * `kind=subset&dataset=…&q=…`, `kind=benchmark&task=…&dataset=…&subset=…` (its metrics), and
 * `kind=paper-lookup&q=<arXiv id or URL>` (the catalogue's paper, else arXiv's metadata when ARXIV_API_URL is set).
 */
export async function GET(request: Request) {
  const parsed = QuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "Unknown kind of suggestion" }, { status: 400 });
  return Response.json(await answer(parsed.data), { headers: HEADERS });
}
