import Link from "next/link";

/** The submitter's own submission waiting for review: that it was received and what happens next. */
export function NextSteps({ typicalReviewTime }: { typicalReviewTime: string | null }) {
  return (
    <section
      aria-labelledby="next-steps-title"
      className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-950 sm:p-5"
      data-testid="next-steps"
    >
      <h2 id="next-steps-title" className="text-base font-semibold">
        Sent for review
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        <li>A moderator checks each number against the paper, with the automatic checks below, and approves it, asks you for changes or declines it.</li>
        <li>
          Follow its status here and in{" "}
          <Link href="/submissions" className="font-medium underline">
            My submissions
          </Link>
          : the header shows a badge when a decision is made. Until then you may withdraw it.
        </li>
        <li>Once approved, the results appear on the leaderboard with your name as submitter.</li>
      </ol>
      <p className="mt-2" data-testid="typical-review-time">
        {typicalReviewTime
          ? `Recently a decision took ${typicalReviewTime} (the median of the last 90 days).`
          : "There are too few recent decisions to say how long a review usually takes."}
      </p>
    </section>
  );
}
