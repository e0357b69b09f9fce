import { ButtonLink } from "@/components/ui/button-link";

export default function PaperPageNotFound() {
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <h1>No such page of papers</h1>
      <p className="mt-2 mb-6 text-slate-600">The list of papers is shorter than that.</p>
      <ButtonLink href="/papers" variant="primary">
        First page
      </ButtonLink>
    </div>
  );
}
