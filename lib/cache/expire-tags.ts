import "server-only";
import { revalidateTag } from "next/cache";

/**
 * Expires cache tags at once, for this server and, through the cache handler's shared tag store,
 * for every other instance: the next request renders fresh. Scripts outside Next.js call
 * expireTagsEverywhere (lib/cache/tag-store.js) instead.
 */
export function expireTags(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
