import { Card } from "@/components/ui/card";
import { TRUST_LABELS } from "@/lib/trust/trust-level";

const LEVELS = [
  ["reported", "The row says where in the paper the number stands (a table, a figure, a page)."],
  ["code", "Code that produced it is linked."],
  ["author", "An author of the paper, claimed and approved on this site, confirmed the number."],
  ["reproduced", "A moderator accepted a linked run or log that reproduces it."],
] as const;

/** The about page's account of contested numbers, trust levels and author claims (issues 10 and 11). */
export function TrustExplained() {
  return (
    <>
      <Card title="Contested numbers">
        <p>
          When two sources give one result different values — the archive and a submission, a paper&apos;s own table and another paper&apos;s baseline table,
          two versions of a paper — we keep both, each with its evidence. Values that agree once rounded to the coarser of the two reported precisions (88.5 and
          88.46) are not a contest. Both rows are marked <strong>Contested</strong> on the leaderboard, the paper page, the result page and in the API (
          <code>contested</code>), and one item waits in the moderation queue showing both side by side. A moderator says which value stands and why; the other
          row is retracted with that reason, and the result pages and their history keep both. An import does the same: a row of the archive that gives a
          published result (same benchmark, model and paper) another value, or a newer archive file that changes a value, is kept beside it with the file it
          came from, and one contest opens; importing the same file again opens none. The dumps carry each row&apos;s <code>trust</code>, <code>contested</code>{" "}
          and how its latest contest was settled.
        </p>
        <p className="mt-3">
          A baseline that another paper reports is a third-party row that links to the original paper&apos;s row (&ldquo;reported by …, original: …&rdquo;).
          From the archive we link only what its rows show plainly: on one leaderboard, the same model name reported later by another paper (or by a
          benchmark&apos;s repository) than by the earliest paper that reports it; rows without a date or a source, or two papers on the earliest day, are left
          alone.
        </p>
      </Card>
      <Card title="Trust levels">
        <p className="mb-3">
          Every row carries a trust level, computed only from its own fields and shown as a small badge whose tooltip says why. From lowest to highest:
        </p>
        <ol className="mb-3 list-decimal space-y-1 pl-6 text-slate-700">
          {LEVELS.map(([level, why]) => (
            <li key={level}>
              <strong>{TRUST_LABELS[level]}</strong>: {why}
            </li>
          ))}
        </ol>
        <p>
          A row drops at once to <strong>Contested</strong> while sources disagree, and loses a level when its evidence is retracted. Every leaderboard filters
          by &ldquo;trust at least …&rdquo; (<code>?trust=code</code>, a link you can share), and so does the API&apos;s list of an evaluation table&apos;s
          results.
        </p>
      </Card>
      <Card title="Authors">
        <p>
          A signed-in author claims a paper from its page by choosing their name among its authors. Signed in with an ORCID iD of that name, the claim is
          approved at once; otherwise a moderator checks it. An approved author can confirm each result of their paper — it rises to author-confirmed — or
          dispute it with a reason, which marks it contested and puts it in the moderation queue. Claims, confirmations, disputes and settlements are kept in
          the audit log. Each author has a page listing their papers and results.
        </p>
      </Card>
    </>
  );
}
