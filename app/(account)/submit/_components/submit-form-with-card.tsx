"use client";

import { useState } from "react";
import { CardNotesProvider } from "@/components/submissions/card-notes";
import { SubmissionForm } from "@/components/submissions/submission-form";
import type { FormCardDraft } from "@/lib/actions/read-model-card";
import type { BenchmarkMatch, PaperLookup } from "@/lib/data/submission-form";
import type { FieldNote } from "@/lib/model-index/map-card";
import type { CreateSubmission } from "@/lib/validations/submission";
import { ModelCardPanel } from "./model-card-panel";

type Props = {
  defaultValues: CreateSubmission;
  initialMatch: BenchmarkMatch | null;
  initialLookup: PaperLookup | null;
  pendingPapers: CreateSubmission["paper"][];
};

/** The submission form, which a pasted model card fills in afresh (a new form, so that each field starts from the card). */
export function SubmitFormWithCard({ defaultValues, initialMatch, initialLookup, pendingPapers }: Props) {
  const [filled, setFilled] = useState<{ version: number; draft: FormCardDraft } | null>(null);
  const [notes, setNotes] = useState<FieldNote[]>([]);

  function fill(draft: FormCardDraft) {
    setFilled((previous) => ({ version: (previous?.version ?? 0) + 1, draft }));
    setNotes(draft.notes);
  }

  return (
    <div className="space-y-6">
      <ModelCardPanel onFill={fill} />
      <CardNotesProvider notes={notes} dismiss={(note) => setNotes((current) => current.filter((n) => n !== note))}>
        <SubmissionForm
          key={filled?.version ?? 0}
          defaultValues={filled?.draft.submission ?? defaultValues}
          initialMatch={filled ? filled.draft.match : initialMatch}
          initialLookup={filled ? filled.draft.lookup : initialLookup}
          pendingPapers={pendingPapers}
        />
      </CardNotesProvider>
    </div>
  );
}
