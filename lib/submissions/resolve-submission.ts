import type { Tx } from "@/lib/db";
import type { MetricDirection } from "@/lib/generated/prisma/enums";
import { identifyPaper, type PaperIdentity } from "@/lib/catalogue/paper-identity";
import { slugify } from "@/lib/catalogue/slug";
import { findAliasTarget } from "@/lib/near-names/aliases";
import type { CreateSubmission } from "@/lib/validations/submission";
import { normalisePaperRef } from "./paper-ref";

type Named = { id: string; slug: string; name: string };
export type ResolvedMetric = { name: string; direction: MetricDirection; unit: string; existing: { id: string } | null };
export type ResolvedPaper = { id: string; slug: string; title: string } | null;

/**
 * What a submission names, found in the catalogue as it is now: each of task, dataset, subset, benchmark,
 * metric and paper is either an existing entry or null (the submission proposes it). Checks, the review
 * preview and approval all read the same resolution, made again at each step.
 */
export type Resolution = {
  task: Named | null;
  dataset: Named | null;
  subset: Named | null;
  benchmark: { id: string; slug: string } | null;
  metrics: ResolvedMetric[];
  paper: ResolvedPaper;
  paperIdentity: PaperIdentity | null;
};

/** Names match whatever their case and punctuation: "image classification" is "Image Classification". */
async function findTask(db: Tx, name: string): Promise<Named | null> {
  const bySlug = await db.task.findUnique({ where: { slug: slugify(name) }, select: { id: true, slug: true, name: true } });
  if (bySlug) return bySlug;
  const synonym = await db.taskSynonym.findFirst({ where: { name }, select: { task: { select: { id: true, slug: true, name: true } } } });
  const aliasOf = synonym ? null : await findAliasTarget(db, "task", name);
  return synonym?.task ?? (aliasOf ? db.task.findUnique({ where: { id: aliasOf }, select: { id: true, slug: true, name: true } }) : null);
}

async function findDataset(db: Tx, name: string, parent: Named | null): Promise<Named | null> {
  const slug = parent ? `${parent.slug}-${slugify(name)}` : slugify(name);
  // A top-level dataset may also be found by an alias kept by "use this instead" (lib/near-names).
  const aliasOf = parent ? null : await findAliasTarget(db, "dataset", name);
  const found =
    (await db.dataset.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, parentId: true } })) ??
    (aliasOf ? await db.dataset.findUnique({ where: { id: aliasOf }, select: { id: true, slug: true, name: true, parentId: true } }) : null);
  return found && found.parentId === (parent?.id ?? null) ? { id: found.id, slug: found.slug, name: found.name } : null;
}

/** The paper by arXiv id, URL or exact title; a bare arXiv id is its abstract page, never a title. */
export async function findPaper(db: Tx, paper: CreateSubmission["paper"]): Promise<{ identity: PaperIdentity | null; found: ResolvedPaper }> {
  const ref = normalisePaperRef(paper.ref);
  const identity = identifyPaper(paper.title, ref) ?? identifyPaper(ref, null);
  if (!identity) return { identity: null, found: null };
  const select = { id: true, slug: true, title: true } as const;
  const found =
    (identity.arxivId && (await db.paper.findUnique({ where: { arxivId: identity.arxivId }, select }))) ||
    (await db.paper.findUnique({ where: { sourceKey: identity.sourceKey }, select })) ||
    (identity.title ? await db.paper.findFirst({ where: { title: identity.title }, select }) : null);
  return { identity, found: found || null };
}

export async function resolveSubmission(db: Tx, input: CreateSubmission): Promise<Resolution> {
  const task = await findTask(db, input.benchmark.task);
  const dataset = await findDataset(db, input.benchmark.dataset, null);
  const subset = input.benchmark.subset && dataset ? await findDataset(db, input.benchmark.subset, dataset) : null;
  const evaluatedOn = input.benchmark.subset ? subset : dataset;
  const benchmark =
    task && evaluatedOn
      ? await db.benchmark.findUnique({
          where: { taskId_datasetId: { taskId: task.id, datasetId: evaluatedOn.id } },
          select: { id: true, slug: true, metrics: { select: { id: true, name: true } } },
        })
      : null;
  const metrics = input.benchmark.metrics.map((metric) => ({
    ...metric,
    existing: benchmark?.metrics.find((known) => known.name.toLowerCase() === metric.name.toLowerCase()) ?? null,
  }));
  const { identity, found } = await findPaper(db, input.paper);
  return {
    task,
    dataset,
    subset,
    benchmark: benchmark ? { id: benchmark.id, slug: benchmark.slug } : null,
    metrics: metrics.map(({ name, direction, unit, existing }) => ({ name, direction, unit, existing: existing ? { id: existing.id } : null })),
    paper: found,
    paperIdentity: identity,
  };
}
