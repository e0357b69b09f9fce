import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContestKind, ContestStatus } from "@/lib/generated/prisma/enums";
import { reporterOf } from "@/lib/contests/reporter";
import { computeTrust, type Trust } from "./trust-level";

const TRUST_SELECT = { id: true, evidence: true, codeUrl: true, authorConfirmedAt: true, reproducedAt: true, contestedAt: true, status: true } as const;

export type PaperTrust = { trust: Record<string, Trust>; claimedAuthors: { name: string; viaOrcid: boolean }[] };

/** For the paper page (cached with the paper): each of its results' trust, and the authors who claimed it here. */
export async function readPaperTrust(paperId: string): Promise<PaperTrust> {
  const [results, claims] = await Promise.all([
    prisma.result.findMany({ where: { paperId, status: "PUBLISHED" }, select: TRUST_SELECT }),
    prisma.authorClaim.findMany({ where: { paperId, status: "APPROVED" }, orderBy: { authorName: "asc" }, select: { authorName: true, viaOrcid: true } }),
  ]);
  return {
    trust: Object.fromEntries(results.map((result) => [result.id, computeTrust(result)])),
    claimedAuthors: claims.map((claim) => ({ name: claim.authorName, viaOrcid: claim.viaOrcid })),
  };
}

export type ContestSide = {
  id: string;
  modelName: string;
  status: string;
  evidence: string;
  source: string;
  /** The archive file and import an imported row came from; "" otherwise. */
  origin: string;
  paperUrl: string | null;
  values: { metric: string; raw: string }[];
};

export type ContestView = {
  id: string;
  kind: ContestKind;
  status: ContestStatus;
  reason: string;
  openedBy: string | null;
  createdAt: string;
  standingId: string | null;
  settledReason: string | null;
  settledBy: string | null;
  sides: ContestSide[];
};

const SIDE_SELECT = {
  id: true,
  modelName: true,
  status: true,
  evidence: true,
  source: true,
  origin: true,
  paper: { select: { url: true, pdfUrl: true } },
  values: { select: { raw: true, metric: { select: { name: true, position: true } } } },
} as const;

type StoredSide = Prisma.ResultGetPayload<{ select: typeof SIDE_SELECT }>;

const sideOf = ({ paper, ...row }: StoredSide): ContestSide => ({
  ...row,
  paperUrl: paper?.url ?? paper?.pdfUrl ?? null,
  values: [...row.values].sort((a, b) => a.metric.position - b.metric.position).map((value) => ({ metric: value.metric.name, raw: value.raw })),
});

/** Contests in the shape the queue and the result page show: both rows side by side. */
export async function readContests(where: { status?: ContestStatus; resultId?: string }): Promise<ContestView[]> {
  const contests = await prisma.contest.findMany({
    where: {
      ...(where.status ? { status: where.status } : {}),
      ...(where.resultId ? { OR: [{ resultId: where.resultId }, { otherResultId: where.resultId }] } : {}),
    },
    orderBy: { createdAt: "asc" },
    take: 50,
    select: {
      id: true,
      kind: true,
      status: true,
      reason: true,
      createdAt: true,
      standingId: true,
      settledReason: true,
      openedBy: { select: { name: true } },
      settledBy: { select: { name: true } },
      result: { select: SIDE_SELECT },
      otherResult: { select: SIDE_SELECT },
    },
  });
  return contests.map((contest) => ({
    id: contest.id,
    kind: contest.kind,
    status: contest.status,
    reason: contest.reason,
    openedBy: contest.openedBy?.name ?? null,
    createdAt: contest.createdAt.toISOString(),
    standingId: contest.standingId,
    settledReason: contest.settledReason,
    settledBy: contest.settledBy?.name ?? null,
    sides: [contest.result, ...(contest.otherResult ? [contest.otherResult] : [])].map(sideOf),
  }));
}

export type ResultTrust = {
  trust: Trust;
  reproductionUrl: string | null;
  baselineOf: { id: string; modelName: string; paperTitle: string | null } | null;
  /** Who reported the row, when it is a baseline: its paper's title, else its code link (components/trust/baseline-link.tsx). */
  reportedBy: string | null;
  contests: ContestView[];
};

/** For the result page (cached with its benchmark): its trust, contests about it, and the original row a baseline copies. */
export async function readResultTrust(resultId: string): Promise<ResultTrust> {
  const row = await prisma.result.findUniqueOrThrow({
    where: { id: resultId },
    select: { ...TRUST_SELECT, reproductionUrl: true, baselineOfId: true, codeUrl: true, paper: { select: { title: true } } },
  });
  const [contests, original] = await Promise.all([
    readContests({ resultId }),
    row.baselineOfId
      ? prisma.result.findUnique({
          where: { id: row.baselineOfId, status: "PUBLISHED" },
          select: { id: true, modelName: true, paper: { select: { title: true } } },
        })
      : null,
  ]);
  return {
    trust: computeTrust(row),
    reproductionUrl: row.reproducedAt ? row.reproductionUrl : null,
    baselineOf: original && { id: original.id, modelName: original.modelName, paperTitle: original.paper?.title ?? null },
    reportedBy: original && reporterOf(row.paper?.title, row.codeUrl),
    contests,
  };
}

export type PendingClaim = {
  id: string;
  authorName: string;
  note: string;
  createdAt: string;
  user: { id: string; name: string | null; email: string };
  paper: { slug: string; title: string; authors: string[] };
};

/** The claims waiting for a moderator, oldest first. */
export async function readPendingClaims(): Promise<PendingClaim[]> {
  const claims = await prisma.authorClaim.findMany({
    where: { status: "PENDING" },
    orderBy: { createdAt: "asc" },
    take: 50,
    select: {
      id: true,
      authorName: true,
      note: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
      paper: { select: { slug: true, title: true, authors: { orderBy: { position: "asc" }, select: { name: true } } } },
    },
  });
  return claims.map((claim) => ({
    ...claim,
    createdAt: claim.createdAt.toISOString(),
    paper: { ...claim.paper, authors: claim.paper.authors.map((author) => author.name) },
  }));
}

/** The accepted reproduction of a result, for the moderator's form; null when none stands. */
export async function readReproductionUrl(resultId: string): Promise<string | null> {
  const row = await prisma.result.findUnique({ where: { id: resultId }, select: { reproductionUrl: true, reproducedAt: true } });
  return row?.reproducedAt ? (row.reproductionUrl ?? "") : null;
}
