import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserOrSignIn } from "@/lib/auth";
import { listMySubmissions } from "@/lib/data/submissions";
import { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { StateFilter } from "./_components/state-filter";
import { SubmissionList } from "./_components/submission-list";

export const metadata: Metadata = { title: "My submissions", robots: { index: false } };

type Props = { searchParams: Promise<{ state?: string | string[] }> };

function parseState(value: string | string[] | undefined): SubmissionStatus | null {
  const state = typeof value === "string" ? value.toUpperCase().replace(/-/g, "_") : "";
  return state in SubmissionStatus ? (state as SubmissionStatus) : null;
}

export default async function MySubmissionsPage({ searchParams }: Props) {
  const state = parseState((await searchParams).state);
  const user = await requireUserOrSignIn(state ? `/submissions?state=${state.toLowerCase()}` : "/submissions");
  const { submissions, counts } = await listMySubmissions(user.id, state);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        title="My submissions"
        subtitle="Results and corrections you sent, their review and what the moderators said."
        actions={
          <ButtonLink href="/submit" variant="primary">
            Submit results
          </ButtonLink>
        }
      />
      <StateFilter counts={counts} current={state} />
      {submissions.length === 0 ? (
        <EmptyState>{state ? "None in this state." : "You have not submitted anything yet. Results you send appear here while they are reviewed."}</EmptyState>
      ) : (
        <SubmissionList submissions={submissions} />
      )}
    </div>
  );
}
