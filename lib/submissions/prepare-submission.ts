import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/format";
import type { CreateSubmission } from "@/lib/validations/submission";
import { hasWarnings, type SubmissionCheck } from "./checks/check-types";
import { computeChecks } from "./checks/compute-checks";
import { InvalidInput, type FieldErrorMap } from "./input-errors";
import { isPaperRef, withNormalisedRef } from "./paper-ref";
import { resolveSubmission, type Resolution } from "./resolve-submission";
import { acceptedSettingsOf, settingsErrors } from "@/lib/settings/submitted-settings";

/** The columns of a NEW_RESULTS submission, ready to write. */
export type PreparedSubmission = {
  payload: CreateSubmission;
  resolution: Resolution;
  checks: SubmissionCheck[];
  columns: {
    benchmarkId: string | null;
    taskName: string;
    datasetName: string;
    payload: Prisma.InputJsonValue;
    checks: Prisma.InputJsonValue;
    hasWarnings: boolean;
    comment: string;
  };
};

/** A known paper needs nothing more; an unknown one needs what the catalogue will show of it. */
function paperErrors(paper: CreateSubmission["paper"], resolution: Resolution): FieldErrorMap {
  const errors: FieldErrorMap = {};
  if (paper.ref && !isPaperRef(paper.ref)) errors["paper.ref"] = ["Give an arXiv id (e.g. 1512.03385) or a web address starting with https://"];
  if (resolution.paper) return errors;
  const unknown = "This paper is not in the catalogue yet:";
  if (!paper.title) errors["paper.title"] = [`${unknown} give its title`];
  if (!paper.authors) errors["paper.authors"] = [`${unknown} give its authors`];
  if (!paper.publishedAt) errors["paper.publishedAt"] = [`${unknown} give its publication date`];
  return errors;
}

/** Each row's settings checked against its benchmark's declared ones (else, and for a new benchmark, the standard ones). */
async function rowSettingsErrors(db: Tx, input: CreateSubmission, resolution: Resolution): Promise<FieldErrorMap> {
  if (input.rows.every((row) => !row.settings || Object.keys(row.settings).length === 0)) return {};
  const benchmark = resolution.benchmark && (await db.benchmark.findUniqueOrThrow({ where: { id: resolution.benchmark.id }, select: { settings: true } }));
  return settingsErrors(input.rows, acceptedSettingsOf(benchmark));
}

/** The catalogue's own title, authors and date of a known paper, so that the record says what was meant. */
async function knownPaperDetails(db: Tx, paper: CreateSubmission["paper"], resolution: Resolution): Promise<CreateSubmission["paper"]> {
  if (!resolution.paper) return paper;
  const known = await db.paper.findUniqueOrThrow({
    where: { id: resolution.paper.id },
    select: { title: true, publishedAt: true, authors: { orderBy: { position: "asc" }, select: { name: true } } },
  });
  return {
    ref: paper.ref,
    title: known.title,
    authors: known.authors.map((author) => author.name).join(", "),
    publishedAt: isoDay(known.publishedAt),
  };
}

/**
 * Resolves a parsed submission against the catalogue, refuses an unknown paper without its details
 * (InvalidInput), fills in a known one, and computes the checks: everything creation, resubmission and
 * the form's "Check" share.
 */
export async function prepareSubmission(db: Tx, input: CreateSubmission, options: { ignoreSubmissionId?: string } = {}): Promise<PreparedSubmission> {
  const normalised = withNormalisedRef(input);
  const resolution = await resolveSubmission(db, normalised);
  const errors = paperErrors(normalised.paper, resolution);
  if (Object.keys(errors).length > 0) throw new InvalidInput(errors, "The paper needs a few more details.");
  const settings = await rowSettingsErrors(db, normalised, resolution);
  if (Object.keys(settings).length > 0) throw new InvalidInput(settings);
  const payload = { ...normalised, paper: await knownPaperDetails(db, normalised.paper, resolution) };
  const checks = await computeChecks(db, payload, { resolution, ignoreSubmissionId: options.ignoreSubmissionId });
  const { task, dataset, subset } = resolution;
  const datasetName = dataset?.name ?? payload.benchmark.dataset;
  const subsetName = payload.benchmark.subset ? (subset?.name ?? payload.benchmark.subset) : null;
  return {
    payload,
    resolution,
    checks,
    columns: {
      benchmarkId: resolution.benchmark?.id ?? null,
      taskName: task?.name ?? payload.benchmark.task,
      datasetName: subsetName ? `${datasetName} / ${subsetName}` : datasetName,
      payload: payload as unknown as Prisma.InputJsonValue,
      checks: checks as unknown as Prisma.InputJsonValue,
      hasWarnings: hasWarnings(checks),
      comment: payload.comment,
    },
  };
}
