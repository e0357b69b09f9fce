import { prisma } from "@/lib/db";
import { expireTags } from "@/lib/cache/expire-tags";
import { recordAuditEvents } from "@/lib/audit/audit-events";
import { AppError } from "@/lib/errors";
import { publicTagsOf } from "@/lib/submissions/public-tags";
import { REVIEWER_ROLES, requireActor } from "@/lib/users/require-actor";
import { settingsOfForm, type BenchmarkSettingsForm } from "@/lib/validations/benchmark-settings";
import { effectiveSettings, parseDeclaredSettings, parseSettingValues } from "./kinds";

/**
 * A moderator declares the settings a benchmark's results are compared by, audited like a metric's
 * direction: what they were (the ones the import found, before any declaration) and what they became.
 */
export async function updateBenchmarkSettings(userId: string | null, { benchmarkId, settings }: BenchmarkSettingsForm): Promise<{ slug: string }> {
  const { slug, tags } = await prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId, REVIEWER_ROLES);
    const benchmark = await tx.benchmark.findUnique({ where: { id: benchmarkId }, select: { slug: true, settings: true } });
    if (!benchmark) throw new AppError("NOT_FOUND", "There is no such benchmark.");
    const carried = await tx.result.findMany({ where: { benchmarkId, status: "PUBLISHED" }, select: { settings: true }, distinct: ["settings"] });
    const before = effectiveSettings(
      parseDeclaredSettings(benchmark.settings),
      carried.map((result) => ({ settings: parseSettingValues(result.settings) })),
    );
    const after = settingsOfForm(settings);
    await tx.benchmark.update({ where: { id: benchmarkId }, data: { settings: JSON.stringify(after) } });
    if (JSON.stringify(before) !== JSON.stringify(after) || benchmark.settings === null) {
      await recordAuditEvents(tx, { actorId: actor.id, benchmarkId }, [{ kind: "BENCHMARK_SETTINGS", subject: "settings", before, after }]);
    }
    return { slug: benchmark.slug, tags: await publicTagsOf(tx, benchmarkId, []) };
  });
  expireTags(tags);
  return { slug };
}
