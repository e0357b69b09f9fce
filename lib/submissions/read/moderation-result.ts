import "server-only";
import { prisma } from "@/lib/db";
import { creatingSubmissionId } from "@/lib/submissions/submission-results";
import { datasetLabel } from "@/lib/data/shapes";

/** A result as a moderator sees it before retracting it: its values, provenance, state and history. */
export async function getResultForModeration(id: string) {
  const result = await prisma.result.findUnique({
    where: { id },
    select: {
      id: true,
      modelName: true,
      status: true,
      retractedReason: true,
      source: true,
      sourceKey: true,
      evidence: true,
      approvedAt: true,
      submittedBy: { select: { name: true, email: true } },
      approvedBy: { select: { name: true, email: true } },
      paper: { select: { slug: true, title: true } },
      benchmark: {
        select: {
          slug: true,
          task: { select: { name: true } },
          dataset: { select: { name: true, parent: { select: { name: true } } } },
          metrics: { orderBy: { position: "asc" }, select: { id: true, name: true } },
        },
      },
      values: { select: { metricId: true, raw: true, value: true, uncertainty: true } },
      revisions: {
        orderBy: { createdAt: "desc" },
        select: { id: true, change: true, reason: true, createdAt: true, actor: { select: { name: true, email: true } } },
      },
    },
  });
  if (!result) return null;
  const { benchmark, sourceKey, ...rest } = result;
  return {
    ...rest,
    benchmark: { slug: benchmark.slug, label: `${benchmark.task.name} on ${datasetLabel(benchmark.dataset)}`, metrics: benchmark.metrics },
    creatingSubmissionId: creatingSubmissionId(sourceKey),
  };
}

export type ResultForModeration = NonNullable<Awaited<ReturnType<typeof getResultForModeration>>>;
