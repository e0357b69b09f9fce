import "server-only";
import { unstable_cache } from "next/cache";
import { tags } from "@/lib/cache/tags";

// Next.js keeps 128 tags per cached read; past this many, the page's own tag (task, dataset) stands in.
export const MAX_BENCHMARK_TAGS = 100;

/** Runs `read` once per key until one of `tagList` expires. Results go through JSON: return no Dates or Maps. */
export function cached<T>(key: string[], tagList: string[], read: () => Promise<T>): Promise<T> {
  return unstable_cache(read, key, { tags: tagList })();
}

/** A miss is cached like any page: tagged with the catalogue, it ends when the missing entry is created. */
export const catalogueMiss = unstable_cache(async (): Promise<null> => null, ["catalogue-miss"], { tags: [tags.catalogue] });

export function benchmarkTags(benchmarkIds: string[]): string[] {
  return benchmarkIds.slice(0, MAX_BENCHMARK_TAGS).map(tags.benchmark);
}
