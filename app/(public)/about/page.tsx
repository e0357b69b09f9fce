import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ModerationStates } from "./_components/moderation-states";
import { RolesTable } from "./_components/roles-table";
import { CitingAbout } from "@/components/citations/citing-docs";
import { FairComparisons } from "./_components/fair-comparisons";
import { TrustExplained } from "./_components/trust-explained";

export const metadata: Metadata = { title: "About", description: "What Papers With Code 2 is, how results are reviewed, and the licence of its data." };

export default function AboutPage() {
  return (
    <div className="max-w-4xl">
      <PageHeader title="About Papers With Code 2" subtitle="The community successor of Papers with Code." />
      <div className="space-y-6 [&_p]:leading-relaxed [&_p]:text-slate-700">
        <Card title="What this is">
          <p>
            A public catalogue of machine-learning <Link href="/tasks">tasks</Link>, <Link href="/datasets">datasets</Link>, <Link href="/papers">papers</Link>{" "}
            and <Link href="/methods">methods</Link>, with state-of-the-art <Link href="/sota">leaderboards</Link> kept up to date by the people who read and
            write the papers. Every result names its paper, where in the paper the number stands, its code, and where it came from: imported from the Papers
            with Code archive, or submitted by a user and approved by a moderator.
          </p>
        </Card>
        <Card title="How results are reviewed">
          <p className="mb-4">
            Signed-in users submit results; moderators review them in a queue. Before review each submission carries automatic checks: a possible duplicate, a
            value outside the metric&apos;s range, an implausible jump over the current best, a new metric or benchmark, a missing paper or evidence. The
            moderator sees the leaderboard as it would look with the result in it. Nobody reviews their own submission, and every decision is recorded with who
            made it, when, and why.
          </p>
          <ModerationStates />
          <p className="mt-4">
            The public sees only approved data. A proposed change to an approved result leaves the approved version in place until the change itself is
            approved.
          </p>
        </Card>
        <Card title="Watching, digests and webhooks">
          <p className="mb-3">
            Signed in, the Watch button on a leaderboard, task, paper, dataset or author page follows it. When a moderator approves a result there (a new best
            is marked as such), retracts one, or a row is contested, your <Link href="/inbox">inbox</Link> gets an entry, and the header counts what you have
            not read; a decision on your own submission arrives there too. Entries are written in the same transaction as the change, so none is lost or
            invented.
          </p>
          <p className="mb-3">
            On the inbox page you can ask for an e-mail digest of what you have not read, daily or weekly, sent only when there is something new. Every digest
            has a link that stops them with one click, signed out too.
          </p>
          <p>
            A webhook POSTs each change of one watch to an address of yours, signed with HMAC-SHA256 so that you can check it came from here (
            <Link href="/api#webhooks">how</Link>); add one, and see each delivery&apos;s status, on your <Link href="/profile">profile</Link>. Mail and
            webhooks leave through an outbox that a worker process empties, retrying with growing pauses: a slow mail server never slows the site, and a restart
            loses nothing.
          </p>
        </Card>
        <FairComparisons />
        <TrustExplained />
        <Card title="Who can do what">
          <RolesTable />
        </Card>
        <CitingAbout />
        <Card title="Data and licence">
          <p className="mb-3">
            The catalogue&apos;s data is published under the{" "}
            <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">
              Creative Commons Attribution-ShareAlike 4.0
            </a>{" "}
            licence (CC-BY-SA 4.0): you may share and adapt it, also commercially, as long as you credit its sources and share what you make from it under the
            same licence.
          </p>
          <p>
            Its leaderboards build on the Papers with Code archive, published by Papers with Code in the{" "}
            <a href="https://github.com/paperswithcode/sota-extractor">paperswithcode/sota-extractor</a> repository under CC-BY-SA 4.0: the work of Papers with
            Code and of its many contributors, whom we thank and credit. Every result records whether it came from that archive or from a submission here.
          </p>
        </Card>
      </div>
    </div>
  );
}
