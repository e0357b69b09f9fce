// Near names: a proposed task or dataset that is an existing one spelled differently (case, punctuation,
// a typo, an old name kept as an alias) must not become a second entry.
export type NamedEntry = { id: string; name: string; slug?: string; aliases?: string[] };

export type NearName = {
  id: string;
  name: string;
  slug?: string;
  matched: string;
  reason: "same name" | "case or punctuation" | "alias" | "spelling";
  distance: number;
};

/** "ImageNet-1K (val)" → "imagenet1kval": case, accents, spaces and punctuation do not tell names apart. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Levenshtein distance, giving up (Infinity) once it is above `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return Number.POSITIVE_INFINITY;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowBest = Math.min(rowBest, current[j]);
    }
    if (rowBest > limit) return Number.POSITIVE_INFINITY;
    previous = current;
  }
  return previous[b.length] > limit ? Number.POSITIVE_INFINITY : previous[b.length];
}

/** How many typos a name of this length may hold and still be the same name: 1 up to 8 letters, 2 up to 16, then 3. */
export function allowedDistance(normalizedLength: number): number {
  if (normalizedLength <= 3) return 0;
  return normalizedLength <= 8 ? 1 : normalizedLength <= 16 ? 2 : 3;
}

const REASON_ORDER: NearName["reason"][] = ["same name", "case or punctuation", "alias", "spelling"];

/** The existing entries a proposed name may mean, nearest first (at most `limit`). */
export function findNearNames(proposed: string, entries: NamedEntry[], limit = 3): NearName[] {
  const wanted = normalizeName(proposed);
  if (!wanted) return [];
  const allowed = allowedDistance(wanted.length);
  const found: NearName[] = [];
  for (const entry of entries) {
    const candidates: [string, boolean][] = [[entry.name, false], ...(entry.aliases ?? []).map((alias): [string, boolean] => [alias, true])];
    let best: NearName | null = null;
    for (const [name, isAlias] of candidates) {
      const normalized = normalizeName(name);
      const distance = normalized === wanted ? 0 : editDistance(wanted, normalized, allowed);
      if (!Number.isFinite(distance)) continue;
      const reason: NearName["reason"] = distance > 0 ? "spelling" : isAlias ? "alias" : name.trim() === proposed.trim() ? "same name" : "case or punctuation";
      const near: NearName = { id: entry.id, name: entry.name, slug: entry.slug, matched: name, reason, distance };
      if (!best || distance < best.distance || (distance === best.distance && REASON_ORDER.indexOf(reason) < REASON_ORDER.indexOf(best.reason))) best = near;
    }
    if (best) found.push(best);
  }
  return found
    .sort((a, b) => a.distance - b.distance || REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason) || a.name.localeCompare(b.name))
    .slice(0, limit);
}
