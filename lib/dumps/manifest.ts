import "server-only";
import { tags } from "@/lib/cache/tags";
import { cached } from "@/lib/data/cache";
import { currentDumps, type DumpManifest } from "./store";

/** For /data: the dumps as they stand, written first when the catalogue changed; cached like the pages. */
export function getDumpManifest(): Promise<DumpManifest> {
  return cached(["dump-manifest"], [tags.catalogue], currentDumps);
}
