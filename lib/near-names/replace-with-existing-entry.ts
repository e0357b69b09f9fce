import { z } from "zod";
import { prisma } from "@/lib/db";
import { recordAuditEvents } from "@/lib/audit/audit-events";
import { AppError } from "@/lib/errors";
import { REVIEWER_ROLES, requireActor } from "@/lib/users/require-actor";
import { CreateSubmissionSchema } from "@/lib/validations/submission";
import { keepAlias } from "./aliases";

export const ReplaceWithExistingEntrySchema = z.object({
  submissionId: z.string().min(1),
  field: z.enum(["task", "dataset"]),
  targetId: z.string().min(1),
});
export type ReplaceWithExistingEntry = z.infer<typeof ReplaceWithExistingEntrySchema>;

/**
 * "Use this instead": a pending submission's proposed task or dataset becomes an existing one. The
 * payload is rewritten, the proposed name kept as an alias of the entry (so it finds it next time), and
 * the change audited, all in one transaction; a submission decided meanwhile is left alone.
 */
export async function replaceWithExistingEntry(
  userId: string | null,
  { submissionId, field, targetId }: ReplaceWithExistingEntry,
): Promise<{ before: string; after: string }> {
  return prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId, REVIEWER_ROLES);
    const submission = await tx.submission.findUnique({ where: { id: submissionId }, select: { kind: true, status: true, payload: true, updatedAt: true } });
    if (!submission || submission.kind !== "NEW_RESULTS") throw new AppError("NOT_FOUND", "There is no such submission of new results.");
    const input = CreateSubmissionSchema.safeParse(submission.payload);
    if (!input.success) throw new AppError("CONFLICT", "The submission's payload no longer reads: it cannot be rewritten.");
    const entry =
      field === "task"
        ? await tx.task.findUnique({ where: { id: targetId }, select: { name: true } })
        : await tx.dataset.findFirst({ where: { id: targetId, parentId: null }, select: { name: true } });
    if (!entry) throw new AppError("NOT_FOUND", `That ${field} no longer exists.`);
    const before = input.data.benchmark[field];
    const payload = { ...input.data, benchmark: { ...input.data.benchmark, [field]: entry.name } };
    const written = await tx.submission.updateMany({
      where: { id: submissionId, status: "PENDING", updatedAt: submission.updatedAt },
      data: { payload, ...(field === "task" ? { taskName: entry.name } : { datasetName: entry.name }) },
    });
    if (written.count !== 1) throw new AppError("CONFLICT", "The submission changed or was decided meanwhile: reload the page.");
    await keepAlias(tx, field, before, targetId);
    await recordAuditEvents(tx, { actorId: actor.id }, [{ kind: "ENTRY_REPLACED", subject: field, before, after: entry.name }]);
    return { before, after: entry.name };
  });
}
