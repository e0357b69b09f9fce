import { prisma } from "@/lib/db";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { WatchTargetKind } from "@/lib/generated/prisma/enums";
import { requireActor } from "@/lib/users/require-actor";
import type { SetWatch } from "@/lib/validations/follow";

/** The signed-in user starts or stops watching a target; watching twice is one watch. */
export function setWatch(userId: string | null, { kind, targetId, watch }: SetWatch): Promise<{ isWatching: boolean }> {
  return prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId);
    if (!watch) {
      await tx.watch.deleteMany({ where: { userId: actor.id, targetKind: kind, targetId } });
      return { isWatching: false };
    }
    const label = await labelOf(tx, kind, targetId);
    await tx.watch.upsert({
      where: { userId_targetKind_targetId: { userId: actor.id, targetKind: kind, targetId } },
      create: { userId: actor.id, targetKind: kind, targetId, label },
      update: {},
    });
    return { isWatching: true };
  });
}

/** Whether the user watches the target (the button's state, read in the browser: the pages are cached). */
export async function isWatching(userId: string, kind: WatchTargetKind, targetId: string): Promise<boolean> {
  return (await prisma.watch.count({ where: { userId, targetKind: kind, targetId } })) > 0;
}

/** The target's name, which also proves it exists; an author exists when a paper names them. */
async function labelOf(tx: Tx, kind: WatchTargetKind, id: string): Promise<string> {
  const found = await findLabel(tx, kind, id);
  if (found === null) throw new AppError("NOT_FOUND", "There is nothing to watch there.");
  return found;
}

async function findLabel(tx: Tx, kind: WatchTargetKind, id: string): Promise<string | null> {
  switch (kind) {
    case "TASK":
      return (await tx.task.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
    case "DATASET":
      return (await tx.dataset.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
    case "PAPER":
      return (await tx.paper.findUnique({ where: { id }, select: { title: true } }))?.title ?? null;
    case "BENCHMARK": {
      const benchmark = await tx.benchmark.findUnique({ where: { id }, select: { task: { select: { name: true } }, dataset: { select: { name: true } } } });
      return benchmark ? `${benchmark.task.name} on ${benchmark.dataset.name}` : null;
    }
    case "AUTHOR":
      return id;
  }
}
