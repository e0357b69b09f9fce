import type { Highlighted } from "./types";

// Control characters no text in the catalogue contains: engines wrap matches in them.
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

/** Cuts an engine's marked-up text into runs, so that no page ever renders markup from the index. */
export function splitHighlights(marked: string): Highlighted {
  const runs: Highlighted = [];
  for (const [index, part] of marked.split(MATCH_START).entries()) {
    const [matched, rest] = index === 0 ? [null, part] : splitOnce(part);
    if (matched) runs.push({ text: matched, isMatch: true });
    if (rest) runs.push({ text: rest, isMatch: false });
  }
  return runs;
}

function splitOnce(part: string): [string, string] {
  const end = part.indexOf(MATCH_END);
  return end === -1 ? [part, ""] : [part.slice(0, end), part.slice(end + 1)];
}

/** Drops the markdown a snippet of a description may carry: emphasis marks, code ticks, link targets. */
export function withoutMarkdown(runs: Highlighted): Highlighted {
  return runs.map((run) => ({ ...run, text: run.text.replace(/\]\([^)\s]*\)?/g, "").replace(/[*`#[\]]+/g, "") })).filter((run) => run.text.length > 0);
}
