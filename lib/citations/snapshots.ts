import "server-only";
import { prisma } from "@/lib/db";
import { getLeaderboardAsOf } from "@/lib/data/leaderboard-as-of";
import { AppError } from "@/lib/errors";
import { isoDay, plural } from "@/lib/format";
import { endOfDay } from "@/lib/leaderboard/as-of";
import type { CreateSnapshot } from "@/lib/validations/snapshot";
import { canonicalJson, sha256, snapshotContent, type SnapshotContent } from "./canonical";

export type Snapshot = { id: string; benchmarkSlug: string; hash: string; createdAt: Date; content: SnapshotContent };

/**
 * Freezes the board as of a day (today when none): its canonical rows and their SHA-256, stored once.
 * The same content cited twice is the same snapshot; a later edit makes new content, never a new hash here.
 */
export async function createSnapshot({ benchmark, asOf }: CreateSnapshot, now: Date = new Date()): Promise<{ id: string; benchmarkSlug: string }> {
  const day = asOf || isoDay(now);
  if (day > isoDay(now)) throw new AppError("INVALID_INPUT", "A leaderboard cannot be cited as of a day still to come.");
  const board = await getLeaderboardAsOf(benchmark, asOf ? endOfDay(day) : now);
  if (!board) throw new AppError("NOT_FOUND", "There is no such leaderboard.");
  const content = canonicalJson(snapshotContent(board, day));
  const hash = sha256(content);
  const snapshot = await prisma.leaderboardSnapshot.upsert({
    where: { benchmarkId_hash: { benchmarkId: board.id, hash } },
    create: { benchmarkId: board.id, benchmarkSlug: board.slug, asOf: new Date(`${day}T00:00:00Z`), content, hash },
    update: {},
    select: { id: true, benchmarkSlug: true },
  });
  return snapshot;
}

/** A stored snapshot as it was written; null when there is none with this id on this board. */
export async function findSnapshot(benchmarkSlug: string, id: string): Promise<Snapshot | null> {
  const snapshot = await prisma.leaderboardSnapshot.findUnique({ where: { id } });
  if (!snapshot || snapshot.benchmarkSlug !== benchmarkSlug) return null;
  return { id: snapshot.id, benchmarkSlug: snapshot.benchmarkSlug, hash: snapshot.hash, createdAt: snapshot.createdAt, content: JSON.parse(snapshot.content) };
}

/** BibTeX for citing the snapshot at `url`: @misc with the address, the day it was made and the hash. */
export function snapshotBibtex(snapshot: Snapshot, url: string): string {
  const { content } = snapshot;
  return [
    `@misc{pwc2_${content.benchmark.replace(/[^a-z0-9]+/gi, "_")}_${snapshot.hash.slice(0, 8)},`,
    `  title = {{${content.title}} leaderboard, as of ${content.asOf}},`,
    `  howpublished = {Papers With Code 2},`,
    `  year = {${content.asOf.slice(0, 4)}},`,
    `  url = {${url}},`,
    `  urldate = {${isoDay(snapshot.createdAt)}},`,
    `  note = {${plural(content.rows.length, "result")} ranked by ${content.rankedBy ?? "date"}; content SHA-256 ${snapshot.hash}}`,
    `}`,
  ].join("\n");
}
