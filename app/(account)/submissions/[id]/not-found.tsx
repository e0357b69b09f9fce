import { ButtonLink } from "@/components/ui/button-link";

export default function SubmissionNotFound() {
  return (
    <div className="mx-auto max-w-xl py-10 text-center" data-testid="not-found">
      <h1>No such submission</h1>
      <p className="mt-2 mb-6 text-slate-600">There is no submission at this address.</p>
      <ButtonLink href="/submissions" variant="primary">
        My submissions
      </ButtonLink>
    </div>
  );
}
