import { ButtonLink } from "@/components/ui/button-link";

export default function PaperNotFound() {
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <h1>No such paper</h1>
      <p className="mt-2 mb-6 text-slate-600">This paper is not in the catalogue, or its address has changed.</p>
      <div className="flex justify-center gap-2">
        <ButtonLink href="/papers" variant="primary">
          All papers
        </ButtonLink>
        <ButtonLink href="/search">Search</ButtonLink>
      </div>
    </div>
  );
}
