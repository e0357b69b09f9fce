import { insertRows, newId } from "@/lib/catalogue/bulk-insert";
import { inList, jsonTable } from "@/lib/catalogue/bulk-sql";
import { cleanTitle } from "@/lib/catalogue/paper-identity";
import { findOrCreateDatasets } from "@/lib/catalogue/datasets";
import { slugify } from "@/lib/catalogue/slug";
import { findOrCreateTasks } from "@/lib/catalogue/tasks";
import type { Tx } from "@/lib/db";
import { archivePaperIdentity, linkPapersToMethods, resolvePapers, type WantedPaper } from "./archive-papers";
import { pwcSlugOf, type PwcCodeLink, type PwcDatasetEntry, type PwcMethod, type PwcPaper, type PwcPaperMethod } from "./archive-files";
import type { ImportTally } from "./import-tally";
import { writeMethods, type MethodInput } from "./write-methods";

// Writers of one batch of papers-with-abstracts.json, links-between-papers-and-code.json, methods.json and
// datasets.json, inside the caller's transaction. A known row keeps what it has and gains what it lacks,
// so that importing a file again changes nothing.

/** The links file's framework words, as the site names frameworks (and back, in the dump). */
export const FRAMEWORK_NAMES: Record<string, string> = {
  pytorch: "PyTorch",
  tf: "TensorFlow",
  jax: "JAX",
  mxnet: "MXNet",
  paddle: "PaddlePaddle",
  torch: "Torch",
  keras: "Keras",
  caffe: "Caffe",
  chainer: "Chainer",
};

/** A framework as the links file spells it: "tf", "pytorch", "none" for no framework. */
export function frameworkWord(framework: string | null): string {
  if (!framework) return "none";
  return Object.entries(FRAMEWORK_NAMES).find(([, name]) => name === framework)?.[0] ?? framework.toLowerCase();
}

const text = (value: string | null | undefined) => value?.trim() || null;

function parseDay(value: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value?.trim() ?? "");
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** Where a method or a dataset names its paper ({title, url} with the paperswithcode.com address). */
function referencedPaper(paper: { title?: string | null; url?: string | null } | null | undefined): WantedPaper | null {
  const identity = paper ? archivePaperIdentity({ title: paper.title, urls: [paper.url] }) : null;
  return identity && { ...identity, pwcSlug: pwcSlugOf(paper?.url) };
}

/** What both the papers file and methods.json say of a method. */
function describedMethod(method: PwcPaperMethod | PwcMethod) {
  return {
    name: method.name.trim(),
    fullName: text(method.full_name),
    description: method.description?.trim() ?? "",
    introducedYear: method.introduced_year ?? null,
    sourceTitle: text(method.source_title),
    sourceUrl: text(method.source_url),
    codeSnippetUrl: text(method.code_snippet_url),
  };
}

function methodOfPaper(method: PwcPaperMethod): MethodInput {
  const collection = method.main_collection?.name?.trim();
  const area = method.main_collection?.area?.trim() ?? "";
  const collections = collection ? [{ collection, area_id: slugify(area, ""), area }] : [];
  return { ...describedMethod(method), slug: null, collections, paper: null };
}

export async function writePapersBatch(tx: Tx, papers: PwcPaper[], tally: ImportTally): Promise<void> {
  const taskNames = [...new Set(papers.flatMap((paper) => (paper.tasks ?? []).map(cleanTitle).filter(Boolean)))];
  const tasks = await findOrCreateTasks(
    tx,
    taskNames.map((name) => ({ name })),
  );
  tasks.forEach((task) => tally.record("tasks", task.id, task.outcome));
  const taskIds = new Map(taskNames.map((name, i) => [name, tasks[i].id]));
  const methodIds = await writeMethods(
    tx,
    papers.flatMap((paper) => (paper.methods ?? []).map(methodOfPaper)),
    tally,
  );

  const wanted = papers.map((paper) => {
    const identity = archivePaperIdentity({ arxivId: paper.arxiv_id, title: paper.title, urls: [paper.url_abs, paper.url_pdf, paper.paper_url] })!;
    return {
      ...identity,
      pdfUrl: identity.arxivId ? identity.pdfUrl : (text(paper.url_pdf) ?? identity.pdfUrl),
      pwcSlug: pwcSlugOf(paper.paper_url),
      publishedAt: parseDay(paper.date),
      taskIds: (paper.tasks ?? [])
        .map(cleanTitle)
        .filter(Boolean)
        .map((name) => taskIds.get(name)!),
    };
  });
  const refs = await resolvePapers(tx, wanted);
  const ids = refs.map((ref) => ref.id);
  const stored = new Map(
    (
      await tx.$queryRaw<{ id: string; abstract: string; venue: string | null }[]>`
      SELECT "id", "abstract", "venue" FROM "Paper" WHERE "id" IN ${inList(ids)}`
    ).map((row) => [row.id, row]),
  );
  const withAuthors = new Set(
    (await tx.$queryRaw<{ paperId: string }[]>`SELECT DISTINCT "paperId" FROM "PaperAuthor" WHERE "paperId" IN ${inList(ids)}`).map((row) => row.paperId),
  );
  const filled = new Map<string, [string, string, string | null]>();
  const authors: (string | number)[][] = [];
  papers.forEach((paper, i) => {
    const row = stored.get(ids[i])!;
    const abstract = row.abstract || paper.abstract?.trim() || "";
    const venue = row.venue ?? text(paper.proceeding);
    if (abstract !== row.abstract || venue !== row.venue) filled.set(row.id, [row.id, abstract, venue]);
    row.abstract = abstract;
    row.venue = venue;
    const names = (paper.authors ?? []).map(cleanTitle).filter(Boolean);
    if (!withAuthors.has(row.id) && names.length > 0) {
      withAuthors.add(row.id);
      authors.push(...names.map((name, position) => [newId(), row.id, position, name]));
      filled.set(row.id, [row.id, abstract, venue]);
    }
  });
  if (filled.size > 0) {
    await tx.$executeRaw`UPDATE "Paper" SET "abstract" = w."abstract", "venue" = w."venue"
      FROM ${jsonTable(["id", "abstract", "venue"], [...filled.values()])} AS w WHERE "Paper"."id" = w."id"`;
  }
  await insertRows(tx, "PaperAuthor", ["id", "paperId", "position", "name"], authors);
  const linked = await linkPapersToMethods(
    tx,
    papers.flatMap((paper, i) => (paper.methods ?? []).map((method) => ({ paperId: ids[i], methodId: methodIds.get(method.name.trim())! }))),
  );
  refs.forEach((ref) => tally.record("papers", ref.id, ref.outcome === "unchanged" && (filled.has(ref.id) || linked.has(ref.id)) ? "updated" : ref.outcome));
}

export async function writeLinksBatch(tx: Tx, links: PwcCodeLink[], tally: ImportTally): Promise<void> {
  const refs = await resolvePapers(
    tx,
    links.map((link) => ({
      ...archivePaperIdentity({ arxivId: link.paper_arxiv_id, title: link.paper_title, urls: [link.paper_url_abs, link.paper_url_pdf, link.paper_url] })!,
      pwcSlug: pwcSlugOf(link.paper_url),
    })),
  );
  const ids = [...new Set(refs.map((ref) => ref.id))];
  const existing = await tx.codeRepository.findMany({ where: { paperId: { in: ids } } });
  const byKey = new Map(existing.map((repository) => [`${repository.paperId} ${repository.url}`, repository]));
  const fresh: (string | number | boolean | null)[][] = [];
  for (const [i, link] of links.entries()) {
    const paperId = refs[i].id;
    const framework =
      link.framework?.trim() && link.framework.trim() !== "none"
        ? (FRAMEWORK_NAMES[link.framework.trim().toLowerCase()] ?? link.framework.trim().toLowerCase())
        : null;
    const data = {
      isOfficial: link.is_official ?? false,
      framework,
      stars: link.stars ?? null,
      mentionedInPaper: link.mentioned_in_paper ?? false,
      mentionedInGithub: link.mentioned_in_github ?? false,
    };
    const url = link.repo_url.trim();
    const known = byKey.get(`${paperId} ${url}`);
    if (!known) {
      const id = newId();
      fresh.push([id, paperId, url, data.isOfficial, data.framework, data.stars, data.mentionedInPaper, data.mentionedInGithub]);
      byKey.set(`${paperId} ${url}`, { id, paperId, url, ...data });
      tally.record("code links", id, "created");
      tally.touch("papers", paperId);
      continue;
    }
    // What the links file says about a repository it lists is newer than what a leaderboard row implied.
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((key) => data[key] !== known[key] && !(key === "stars" && data.stars === null));
    if (changed.length > 0) {
      await tx.codeRepository.update({ where: { id: known.id }, data: Object.fromEntries(changed.map((key) => [key, data[key]])) });
      Object.assign(known, data);
      tally.touch("papers", paperId);
    }
    tally.record("code links", known.id, changed.length > 0 ? "updated" : "unchanged");
  }
  await insertRows(tx, "CodeRepository", ["id", "paperId", "url", "isOfficial", "framework", "stars", "mentionedInPaper", "mentionedInGithub"], fresh);
  refs.forEach((ref) => tally.record("papers", ref.id, ref.outcome));
}

export async function writeMethodsBatch(tx: Tx, methods: PwcMethod[], tally: ImportTally): Promise<void> {
  await writeMethods(
    tx,
    methods.map((method) => ({
      ...describedMethod(method),
      slug: pwcSlugOf(method.url, "method"),
      collections: (method.collections ?? []).flatMap((entry) =>
        entry.collection?.trim() ? [{ collection: entry.collection.trim(), area_id: entry.area_id?.trim() ?? "", area: entry.area?.trim() ?? "" }] : [],
      ),
      paper: referencedPaper(method.paper),
    })),
    tally,
  );
}

export async function writeDatasetsBatch(tx: Tx, datasets: PwcDatasetEntry[], tally: ImportTally): Promise<void> {
  const refs = await findOrCreateDatasets(
    tx,
    datasets.map((dataset) => ({
      name: dataset.name.replace(/\s+/g, " ").trim(),
      description: dataset.description?.trim() ?? "",
    })),
  );
  const taskNames = [...new Set(datasets.flatMap((dataset) => (dataset.tasks ?? []).flatMap((task) => (task.task?.trim() ? [cleanTitle(task.task)] : []))))];
  const tasks = await findOrCreateTasks(
    tx,
    taskNames.map((name) => ({ name })),
  );
  tasks.forEach((task) => tally.record("tasks", task.id, task.outcome));
  const taskIds = new Map(taskNames.map((name, i) => [name, tasks[i].id]));
  const ids = refs.map((ref) => ref.id);
  const stored = new Map((await tx.dataset.findMany({ where: { id: { in: ids } }, include: { tasks: { select: { id: true } } } })).map((row) => [row.id, row]));
  for (const [i, entry] of datasets.entries()) {
    const row = stored.get(ids[i])!;
    const list = (values: string[] | null | undefined) => JSON.stringify((values ?? []).map((value) => value.trim()).filter(Boolean));
    const data = {
      fullName: row.fullName ?? text(entry.full_name),
      homepage: row.homepage ?? text(entry.homepage),
      introducedAt: row.introducedAt ?? parseDay(entry.introduced_date),
      paperTitle: row.paperTitle ?? text(entry.paper?.title),
      paperUrl: row.paperUrl ?? text(entry.paper?.url),
      modalities:
        row.modalities ||
        (entry.modalities ?? [])
          .map((modality) => modality.trim())
          .filter(Boolean)
          .join(", "),
      variants: row.variants !== "[]" ? row.variants : list(entry.variants),
      languages: row.languages !== "[]" ? row.languages : list(entry.languages),
    };
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((key) => String(data[key]) !== String(row[key]));
    const knownTasks = new Set(row.tasks.map((task) => task.id));
    const newTasks = [...new Set((entry.tasks ?? []).flatMap((task) => (task.task?.trim() ? [taskIds.get(cleanTitle(task.task))!] : [])))].filter(
      (id) => !knownTasks.has(id),
    );
    if (changed.length > 0 || newTasks.length > 0) {
      await tx.dataset.update({
        where: { id: row.id },
        data: { ...Object.fromEntries(changed.map((key) => [key, data[key]])), tasks: { connect: newTasks.map((id) => ({ id })) } },
      });
      Object.assign(row, data);
      for (const id of newTasks) row.tasks.push({ id });
    }
    tally.record("datasets", row.id, refs[i].outcome === "unchanged" && (changed.length > 0 || newTasks.length > 0) ? "updated" : refs[i].outcome);
  }
}
