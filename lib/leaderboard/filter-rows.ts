import { searchTerms } from "@/lib/search/terms";

type FilterableRow = { result: { modelName: string; paper: { title: string } | null } };

/**
 * The rows of a ranked leaderboard whose model name or paper title has every word of the query, each
 * as the start of a word (as search matches); ranks stay those of the whole leaderboard.
 */
export function filterLeaderboardRows<R extends FilterableRow>(rows: R[], query: string): R[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return rows;
  return rows.filter(({ result }) => {
    const words = wordsOf(`${result.modelName} ${result.paper?.title ?? ""}`);
    return terms.every((term) => words.some((word) => word.startsWith(term)));
  });
}

// Every word (searchTerms keeps a dozen: a long title must not lose any).
function wordsOf(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}
