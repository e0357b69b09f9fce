import Link from "next/link";
import { readContests, readPendingClaims } from "@/lib/trust/reads";
import { ContestSides } from "@/components/trust/contest-sides";
import { DecideClaimForm } from "@/components/trust/decide-claim-form";
import { SettleContestForm } from "@/components/trust/settle-contest-form";

/** The queue's section for contested rows, authors' disputes and author claims (lib/contests, lib/authors). */
export async function TrustQueue() {
  const [contests, claims] = await Promise.all([readContests({ status: "OPEN" }), readPendingClaims()]);
  if (contests.length === 0 && claims.length === 0) return null;
  return (
    <section className="mb-6 space-y-3" aria-labelledby="trust-queue-title" data-testid="trust-queue">
      <h2 id="trust-queue-title" className="text-lg font-semibold">
        Contested numbers and author claims
      </h2>
      {contests.map((contest) => (
        <article key={contest.id} className="space-y-3 rounded-lg border border-amber-200 bg-white p-4 shadow-sm" data-testid="queue-contest">
          <p className="text-sm font-medium">
            {contest.kind === "DISPUTE" ? `Disputed by an author${contest.openedBy ? ` (${contest.openedBy})` : ""}` : "Two sources disagree"}:{" "}
            <span className="font-normal">{contest.reason}</span>
          </p>
          <ContestSides contest={contest} />
          <SettleContestForm
            contestId={contest.id}
            choices={[
              ...contest.sides.map((side, index) => ({
                id: side.id,
                label: `${contest.sides.length > 1 ? (index === 0 ? "First" : "Second") : "The row"}: ${side.values.map((value) => value.raw).join(", ") || side.modelName}`,
              })),
              ...(contest.kind === "DISPUTE" ? [{ id: "none", label: "Withdraw the row" }] : []),
            ]}
          />
        </article>
      ))}
      {claims.map((claim) => (
        <article key={claim.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm" data-testid="queue-claim">
          <p>
            <strong>{claim.user.name ?? claim.user.email}</strong> ({claim.user.email}) claims to be <strong>{claim.authorName}</strong> of{" "}
            <Link href={`/paper/${claim.paper.slug}`} prefetch={false}>
              {claim.paper.title}
            </Link>
            .
          </p>
          {claim.note && <p className="text-slate-600">Note: {claim.note}</p>}
          <DecideClaimForm claimId={claim.id} />
        </article>
      ))}
    </section>
  );
}
