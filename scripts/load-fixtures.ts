// What `npm run load` needs from the database it runs against: accounts with API tokens (submitters, a
// moderator, readers), the pages a reader asks for, and the benchmarks and papers a submitter reports on.
import { createApiToken } from "@/lib/api/tokens";
import { prisma } from "@/lib/db";
import { arxivRefProblem } from "@/lib/validations/arxiv-id";
import { CreateSubmissionSchema, type CreateSubmission } from "@/lib/validations/submission";
import type { Role } from "@/lib/generated/prisma/enums";
import { benchmarkShapes, type BenchmarkShape } from "./bench-fixtures";

/** Reader accounts, a token each, at least: API reads are limited per account, and many readers share the site. */
const READER_ACCOUNTS = 20;

/** An account of the load run with fresh tokens; the tokens of its earlier runs are revoked. */
async function accountWithTokens(email: string, role: Role, count: number): Promise<{ id: string; tokens: string[] }> {
  const user = await prisma.user.upsert({
    where: { email },
    update: { role },
    create: { email, name: email.split("@")[0], role },
    select: { id: true },
  });
  await prisma.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) tokens.push((await createApiToken(user.id, { name: `load ${i}` })).token);
  return { id: user.id, tokens };
}

export type LoadAccounts = { submitters: string[]; moderators: string[]; readers: string[] };

/** `count` accounts of a kind, one token each. */
async function tokensOf(kind: string, role: Role, count: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) tokens.push((await accountWithTokens(`load-${kind}-${i}@example.org`, role, 1)).tokens[0]);
  return tokens;
}

/** A token for each submitter and each moderator, and the readers' tokens (20, or `readers` when more). */
export async function loadAccounts(submitters: number, moderators: number, readers = READER_ACCOUNTS): Promise<LoadAccounts> {
  return {
    submitters: await tokensOf("submitter", "USER", submitters),
    moderators: await tokensOf("moderator", "MODERATOR", moderators),
    readers: await tokensOf("reader", "USER", Math.max(READER_ACCOUNTS, readers)),
  };
}

export type ReaderTarget = { path: string; api: boolean };
/** Kinds of request a reader makes, each with its share of the requests, and the paths of each kind. */
export type ReaderMix = { share: number; targets: ReaderTarget[] }[];

/**
 * What readers ask for, in the proportions of a catalogue site: mostly leaderboards and papers, then
 * tasks and datasets, the lists, searches, and the read API.
 */
export async function readerMix(): Promise<ReaderMix> {
  const [benchmarks, papers, tasks, datasets] = await Promise.all([
    prisma.$queryRaw<{ slug: string }[]>`
      SELECT b."slug" FROM "Benchmark" b JOIN "Result" r ON r."benchmarkId" = b."id"
      GROUP BY b."id", b."slug" ORDER BY count(*) DESC, b."slug" LIMIT 200`,
    prisma.paper.findMany({ select: { slug: true, title: true }, orderBy: { slug: "asc" }, take: 200 }),
    prisma.task.findMany({ select: { slug: true }, orderBy: { slug: "asc" }, take: 100 }),
    prisma.dataset.findMany({ where: { parentId: null }, select: { slug: true }, orderBy: { slug: "asc" }, take: 100 }),
  ]);
  const words = [...new Set(papers.flatMap((paper) => paper.title.toLowerCase().match(/[a-z]{5,}/g) ?? []))].slice(0, 100);
  const page = (path: string): ReaderTarget => ({ path, api: false });
  const api = (path: string): ReaderTarget => ({ path: `/api/v1${path}`, api: true });
  return [
    { share: 0.3, targets: benchmarks.map((benchmark) => page(`/sota/${benchmark.slug}`)) },
    { share: 0.25, targets: papers.map((paper) => page(`/paper/${paper.slug}`)) },
    { share: 0.15, targets: [...tasks.map((task) => page(`/task/${task.slug}`)), ...datasets.map((dataset) => page(`/dataset/${dataset.slug}`))] },
    { share: 0.1, targets: ["/", "/sota", "/tasks", "/datasets", "/papers", "/methods", "/log", "/papers?page=2"].map(page) },
    { share: 0.1, targets: words.map((word) => page(`/search?q=${word}`)) },
    {
      share: 0.1,
      targets: [
        ...benchmarks.slice(0, 40).map((benchmark) => api(`/evaluations/${benchmark.slug}/results/`)),
        ...papers.slice(0, 40).map((paper) => api(`/papers/${paper.slug}/`)),
        ...words.slice(0, 20).map((word) => api(`/papers/?q=${word}`)),
      ],
    },
  ];
}

export type SubmitterCatalogue = { benchmarks: (BenchmarkShape & { slug: string })[]; arxivIds: string[] };

/** Fewer rows than a leaderboard page holds (50): an approved row is always on the page the load script checks. */
const MAX_ROWS_CHECKED = 45;

/** Benchmarks to submit to and papers (by arXiv id) to cite, from the catalogue as it is. */
export async function submitterCatalogue(): Promise<SubmitterCatalogue> {
  const small = await prisma.$queryRaw<{ id: string; slug: string }[]>`
    SELECT b."id", b."slug" FROM "Benchmark" b LEFT JOIN "Result" r ON r."benchmarkId" = b."id"
    GROUP BY b."id", b."slug" HAVING count(r."id") < ${MAX_ROWS_CHECKED} ORDER BY b."slug" LIMIT 2000`;
  const slugs = new Map(small.map((benchmark) => [benchmark.id, benchmark.slug]));
  const benchmarks = (await benchmarkShapes({}, 2_000))
    .filter((benchmark) => slugs.has(benchmark.id))
    .slice(0, 500)
    .map((benchmark) => ({ ...benchmark, slug: slugs.get(benchmark.id)! }));
  const papers = await prisma.paper.findMany({ where: { arxivId: { not: null } }, select: { arxivId: true }, orderBy: { slug: "asc" }, take: 5_000 });
  // The synthetic archive names some ids the submission form refuses (a month past the present, say).
  const arxivIds = papers.map((paper) => paper.arxivId!).filter((id) => arxivRefProblem(id) === null);
  if (benchmarks.length === 0 || arxivIds.length === 0) throw new Error("The database has no benchmarks or no arXiv papers: load demo data or import first.");
  return { benchmarks, arxivIds: arxivIds.slice(0, 500) };
}

/** The n-th submission of a load run, as the form sends it: one row named `modelName` on a known benchmark, from a known paper. */
export function loadSubmission(catalogue: SubmitterCatalogue, n: number, modelName: string): { submission: CreateSubmission; leaderboard: string } {
  const benchmark = catalogue.benchmarks[n % catalogue.benchmarks.length];
  const submission = CreateSubmissionSchema.parse({
    benchmark: { task: benchmark.task, dataset: benchmark.dataset, subset: benchmark.subset, metrics: benchmark.metrics },
    paper: { ref: catalogue.arxivIds[n % catalogue.arxivIds.length], title: "", authors: "", publishedAt: "" },
    rows: [
      {
        modelName,
        values: benchmark.metrics.map((_, m) => (40 + ((n * 7 + m * 13) % 5000) / 100).toFixed(2)),
        usesExtraData: false,
        extraData: "",
        codeUrl: "",
        evaluatedAt: "2025-06-01",
        evidence: "Table 3",
      },
    ],
    comment: "Sent by the load script.",
  });
  return { submission, leaderboard: `/sota/${benchmark.slug}` };
}
