import "server-only";
import { prisma } from "@/lib/db";
import { effectiveSettings, parseDeclaredSettings, parseSettingValues, type Setting } from "@/lib/settings/kinds";

/** A benchmark's settings as the moderator's form starts from them: declared, else the ones its results carry. */
export async function getBenchmarkSettings(benchmarkId: string): Promise<{ settings: Setting[]; isDeclared: boolean }> {
  const [benchmark, carried] = await Promise.all([
    prisma.benchmark.findUnique({ where: { id: benchmarkId }, select: { settings: true } }),
    prisma.result.findMany({ where: { benchmarkId, status: "PUBLISHED" }, select: { settings: true }, distinct: ["settings"] }),
  ]);
  const declared = parseDeclaredSettings(benchmark?.settings);
  return {
    settings: effectiveSettings(
      declared,
      carried.map((result) => ({ settings: parseSettingValues(result.settings) })),
    ),
    isDeclared: declared !== null,
  };
}
