import { ButtonLink } from "@/components/ui/button-link";

export default function LeaderboardNotFound() {
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <h1>No such leaderboard</h1>
      <p className="mt-2 mb-6 text-slate-600">This benchmark, or the metric it is ranked by, is not in the catalogue.</p>
      <ButtonLink href="/sota" variant="primary">
        Browse every benchmark
      </ButtonLink>
    </div>
  );
}
