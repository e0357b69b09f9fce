import "server-only";
import { unstable_cache } from "next/cache";
import { prisma } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { isoDay } from "@/lib/format";
import { fetchArxivPaper } from "@/lib/arxiv/fetch-arxiv-paper";
import { env } from "@/lib/env";
import { arxivAbstractUrl, normalisePaperRef } from "@/lib/submissions/paper-ref";
import { findPaper, resolveSubmission } from "@/lib/submissions/resolve-submission";
import type { CreateSubmission } from "@/lib/validations/submission";
import { benchmarkSettingsOf } from "@/lib/settings/submitted-settings";
import type { Setting } from "@/lib/settings/kinds";

export type BenchmarkChoice = CreateSubmission["benchmark"];
export type PaperChoice = CreateSubmission["paper"];

/** A known benchmark's metrics as the form shows them: the value columns of each row. */
export type KnownMetric = BenchmarkChoice["metrics"][number] & { description: string };

/** What the catalogue knows of the task, dataset and subset typed so far. */
export type BenchmarkMatch = {
  task: string | null;
  dataset: string | null;
  subset: string | null;
  /** `settings`: what the form asks of each row (lib/settings/submitted-settings.ts). */
  benchmark: { slug: string; name: string; metrics: KnownMetric[]; settings: Setting[] } | null;
};

const METRIC_SELECT = { orderBy: { position: "asc" }, select: { name: true, direction: true, unit: true, description: true } } as const;
const PAPER_SELECT = {
  slug: true,
  title: true,
  url: true,
  arxivId: true,
  publishedAt: true,
  authors: { orderBy: { position: "asc" }, select: { name: true } },
} as const;

async function readBenchmarkPrefill(slug: string): Promise<BenchmarkChoice | null> {
  const benchmark = await prisma.benchmark.findUnique({
    where: { slug },
    select: { task: { select: { name: true } }, dataset: { select: { name: true, parent: { select: { name: true } } } }, metrics: METRIC_SELECT },
  });
  if (!benchmark) return null;
  const { task, dataset, metrics } = benchmark;
  return {
    task: task.name,
    dataset: dataset.parent?.name ?? dataset.name,
    subset: dataset.parent ? dataset.name : "",
    metrics: metrics.map(({ name, direction, unit }) => ({ name, direction, unit })),
  };
}

/** /submit?benchmark=<slug>: the leaderboard's task, dataset, subset and metrics. */
export const getBenchmarkPrefill = unstable_cache(readBenchmarkPrefill, ["submit-benchmark-prefill"], { tags: [tags.catalogue] });

type StoredPaper = { title: string; url: string | null; arxivId: string | null; publishedAt: Date | null; authors: { name: string }[] };

function asPaperChoice(paper: StoredPaper): PaperChoice {
  return {
    ref: paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : (paper.url ?? ""),
    title: paper.title,
    authors: paper.authors.map((author) => author.name).join(", "),
    publishedAt: isoDay(paper.publishedAt),
  };
}

async function readPaperPrefill(slug: string): Promise<PaperChoice | null> {
  const paper = await prisma.paper.findUnique({ where: { slug }, select: PAPER_SELECT });
  return paper && asPaperChoice(paper);
}

/** /submit?paper=<slug>: the paper's reference, title, authors and date. */
export const getPaperPrefill = unstable_cache(readPaperPrefill, ["submit-paper-prefill"], { tags: [tags.catalogue] });

export type PaperLookup = {
  found: (PaperChoice & { slug: string }) | null;
  ref: string;
  /** arXiv's own title, authors, date and abstract of an arXiv paper the catalogue lacks (ARXIV_API_URL). */
  arxiv?: PaperChoice | null;
};

async function readPaperLookup(ref: string): Promise<PaperLookup> {
  const normalised = normalisePaperRef(ref);
  const { found } = await findPaper(prisma, { ref: normalised, title: "", authors: "", publishedAt: "" });
  // A paper first named by its title keeps a title key, though its address is known.
  const byAddress = found ?? (await prisma.paper.findFirst({ where: { url: normalised }, select: { id: true } }));
  if (!byAddress) return { found: null, ref: normalised };
  const paper = await prisma.paper.findUniqueOrThrow({ where: { id: byAddress.id }, select: PAPER_SELECT });
  return { found: { ...asPaperChoice(paper), ref: normalised, slug: paper.slug }, ref: normalised };
}

/** A paper of the catalogue by arXiv id or address. */
const lookUpCataloguePaper = unstable_cache(readPaperLookup, ["submit-paper-lookup"], { tags: [tags.catalogue] });

/** The form's "Look up": the catalogue's paper, else arXiv's metadata of an arXiv paper when ARXIV_API_URL is set. */
export async function lookUpPaper(ref: string): Promise<PaperLookup> {
  const lookup = await lookUpCataloguePaper(ref);
  const arxivId = lookup.found ? null : arxivAbstractUrl(ref)?.replace("https://arxiv.org/abs/", "");
  if (!arxivId) return lookup;
  const paper = await fetchArxivPaper(arxivId, { baseUrl: env.ARXIV_API_URL, timeoutMs: env.ARXIV_API_TIMEOUT_MS });
  return {
    ...lookup,
    arxiv: paper && { ref: lookup.ref, title: paper.title, authors: paper.authors.join(", "), publishedAt: paper.publishedAt, abstract: paper.abstract },
  };
}

async function readBenchmarkMatch(task: string, dataset: string, subset: string): Promise<BenchmarkMatch> {
  const resolution = await resolveSubmission(prisma, {
    benchmark: { task, dataset, subset, metrics: [] },
    paper: { ref: "", title: "", authors: "", publishedAt: "" },
    rows: [],
    comment: "",
  });
  const benchmark = resolution.benchmark
    ? await prisma.benchmark.findUniqueOrThrow({
        where: { id: resolution.benchmark.id },
        select: { slug: true, metrics: METRIC_SELECT, settings: true, results: { select: { settings: true } } },
      })
    : null;
  const datasetName = resolution.subset ? `${resolution.dataset?.name} ${resolution.subset.name}` : resolution.dataset?.name;
  return {
    task: resolution.task?.name ?? null,
    dataset: resolution.dataset?.name ?? null,
    subset: resolution.subset?.name ?? null,
    benchmark: benchmark && {
      slug: benchmark.slug,
      name: `${resolution.task?.name} on ${datasetName}`,
      metrics: benchmark.metrics,
      settings: benchmarkSettingsOf(benchmark),
    },
  };
}

/** Which of the task, dataset and subset typed exist, and their benchmark with its metrics when there is one. */
export const matchBenchmark = unstable_cache(readBenchmarkMatch, ["submit-benchmark-match"], { tags: [tags.catalogue] });
