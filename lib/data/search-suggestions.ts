import "server-only";
import { findPaperByIdentifier, parseIdentifier } from "@/lib/search";
import { getLeaderboardHits, getModelHits, getSearchResults } from "./search";

export type SearchSuggestion = { kind: "model" | "leaderboard" | "paper" | "task" | "dataset" | "method"; label: string; detail: string; href: string };

const EACH = 3;
const KIND_WORD = { paper: "Paper", task: "Task", dataset: "Dataset", method: "Method" } as const;
const PATH = { paper: "/paper/", task: "/task/", dataset: "/dataset/", method: "/method/" } as const;

/** What the header's search box offers as one types: the paper an identifier names, models, leaderboards, the best catalogue hits. */
export async function getSearchSuggestions(query: string): Promise<SearchSuggestion[]> {
  const identifier = parseIdentifier(query);
  if (identifier) {
    const paper = await findPaperByIdentifier(identifier);
    return paper
      ? [
          {
            kind: "paper",
            label: paper.title,
            detail: identifier.kind === "arxiv" ? `arXiv ${identifier.id}` : `DOI ${identifier.id}`,
            href: `/paper/${paper.slug}`,
          },
        ]
      : [];
  }
  const [models, boards, groups] = await Promise.all([
    getModelHits(query, { limit: EACH }),
    getLeaderboardHits(query, { limit: EACH }),
    getSearchResults(query, { limit: 2 }),
  ]);
  return [
    ...models.hits.map((model): SearchSuggestion => {
      const best = model.boards[0];
      const place = best ? `${best.rank ? `#${best.rank} on ` : "on "}${best.task} on ${best.dataset}` : "";
      return {
        kind: "model",
        label: model.name,
        detail: `Model · ${place}`,
        href: best ? `/sota/${best.slug}` : `/search?q=${encodeURIComponent(model.name)}&kind=model`,
      };
    }),
    ...boards.hits.map((board): SearchSuggestion => ({
      kind: "leaderboard",
      label: `${board.task} on ${board.dataset}`,
      detail: `Leaderboard · ${board.results} results`,
      href: `/sota/${board.slug}`,
    })),
    ...groups.flatMap((group) =>
      group.hits.map((hit): SearchSuggestion => ({
        kind: group.kind,
        label: hit.title.map((run) => run.text).join(""),
        detail: [KIND_WORD[group.kind], ...hit.context.slice(0, 1)].join(" · "),
        href: `${PATH[group.kind]}${hit.slug}`,
      })),
    ),
  ];
}
