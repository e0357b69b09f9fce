import type { Tx } from "@/lib/db";
import { tags } from "@/lib/cache/tags";

/**
 * The cache tags of every public page that shows a result of this benchmark: the lists (`results`, which
 * ends every read of `catalogue` but not the papers' search hits), the leaderboard, its task, its dataset
 * (and the dataset a subset belongs to), and the papers given.
 */
export async function publicTagsOf(tx: Tx, benchmarkId: string, paperIds: (string | null)[]): Promise<string[]> {
  const benchmark = await tx.benchmark.findUniqueOrThrow({
    where: { id: benchmarkId },
    select: { taskId: true, datasetId: true, dataset: { select: { parentId: true } } },
  });
  return [
    tags.results,
    tags.benchmark(benchmarkId),
    tags.task(benchmark.taskId),
    tags.dataset(benchmark.datasetId),
    ...(benchmark.dataset.parentId ? [tags.dataset(benchmark.dataset.parentId)] : []),
    ...paperIds.flatMap((id) => (id ? [tags.paper(id)] : [])),
  ];
}
