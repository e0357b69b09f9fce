import { ButtonLink } from "@/components/ui/button-link";

export default function ResultNotFound() {
  return (
    <div className="mx-auto max-w-xl py-10 text-center" data-testid="not-found">
      <h1>No such result</h1>
      <p className="mt-2 mb-6 text-slate-600">This result is not in the catalogue. Leaderboards link to every result they show.</p>
      <ButtonLink href="/sota" variant="primary">
        Browse the leaderboards
      </ButtonLink>
    </div>
  );
}
