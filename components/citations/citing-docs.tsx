import Link from "next/link";
import { Card } from "@/components/ui/card";

const CODE = "rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] text-slate-800";

/** The about page's account of feeds, past boards, snapshots and badges. */
export function CitingAbout() {
  return (
    <Card title="Follow, cite and show results">
      <div className="space-y-3">
        <p>
          <strong>Atom feeds.</strong> Every leaderboard, task and paper has a feed of its newest results, each marked a new best when it beat every result its
          board had before (<code className={CODE}>/sota/BOARD/feed.atom</code>, <code className={CODE}>/task/TASK/feed.atom</code>,{" "}
          <code className={CODE}>/paper/PAPER/feed.atom</code>), and the whole site has one at <Link href="/feed.atom">/feed.atom</Link>. Each page names its
          feed in its head, so feed readers find it from the page&apos;s address.
        </p>
        <p>
          <strong>Leaderboards as of a date.</strong> <code className={CODE}>/sota/BOARD?as_of=2021-06-30</code> shows a board as it stood at the end of that
          day (UTC), rebuilt from the history of its results: results approved later are left out, later edits undone, and a result retracted later is still
          there. Rows copied from the Papers with Code archive count from their evaluation date.
        </p>
        <p>
          <strong>Citable snapshots.</strong> The <em>Cite</em> button on a board freezes what it shows into a snapshot with a stable address, the SHA-256 of
          its content (the rows in a canonical JSON) and BibTeX to paste. A snapshot never changes: later edits and retractions make new boards, not new
          snapshots.
        </p>
        <p>
          <strong>Badges.</strong> Each result page offers an SVG badge for a README (&ldquo;#2 on ImageNet · top-1 88.5&rdquo;) with the markdown to copy:
          <code className={CODE}>/result/RESULT/badge.svg</code>, or <code className={CODE}>/paper/PAPER/badge.svg?benchmark=BOARD</code> for a paper&apos;s
          best place on a board. Badges follow the rank: they are cached for five minutes and revalidated by ETag.
        </p>
      </div>
    </Card>
  );
}

/** The API page's part on feeds, `as_of`, snapshots and badges: what is served where, and how it caches. */
export function CitingApiGuide({ siteUrl }: { siteUrl: string }) {
  return (
    <Card title="Feeds, past leaderboards, snapshots and badges">
      <div className="space-y-3 text-slate-700">
        <p>
          <code className={CODE}>GET /api/v1/evaluations/{"{id}"}/results/?as_of=2021-06-30</code> lists an evaluation table&apos;s results as the table stood
          at the end of that UTC day, in the same shape as without it. A day that is not <code className={CODE}>YYYY-MM-DD</code> is a 400.
        </p>
        <pre
          tabIndex={0}
          aria-label="Examples with curl"
          className="overflow-x-auto rounded-lg bg-slate-900 p-3 text-sm text-slate-100"
        >{`curl '${siteUrl}/api/v1/evaluations/BOARD/results/?as_of=2021-06-30'
curl '${siteUrl}/sota/BOARD/feed.atom'   # also /task/TASK/, /paper/PAPER/ and /feed.atom
curl '${siteUrl}/result/RESULT/badge.svg'`}</pre>
        <p>
          Feeds are Atom 1.0 (<code className={CODE}>application/atom+xml</code>), badges SVG (<code className={CODE}>image/svg+xml</code>); both carry{" "}
          <code className={CODE}>Cache-Control: public, max-age=300</code> and an <code className={CODE}>ETag</code>: send it back in{" "}
          <code className={CODE}>If-None-Match</code> for a 304 while nothing changed. A snapshot (the <em>Cite</em> button on a board) lives at{" "}
          <code className={CODE}>/sota/BOARD/snapshot/ID</code> with its content&apos;s SHA-256 and BibTeX.
        </p>
      </div>
    </Card>
  );
}
