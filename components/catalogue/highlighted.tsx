import type { Highlighted as Runs } from "@/lib/search";

/** Text with the words that matched a search marked. */
export function Highlighted({ runs }: { runs: Runs }) {
  return (
    <>
      {runs.map((run, i) =>
        run.isMatch ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
            {run.text}
          </mark>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}
