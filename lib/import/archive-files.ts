import path from "node:path";
import { z } from "zod";

// The five files of the Papers with Code archive (docs/archive-format.md). Keys the importer does not use
// are let through; null stands for a missing value throughout, as in the archive.

export const ARCHIVE_KINDS = ["papers", "links", "methods", "datasets", "evaluation-tables"] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

/** Each file's name in the archive (also served so by /data, and as .json.gz). */
export const ARCHIVE_FILE_NAMES: Record<ArchiveKind, string> = {
  papers: "papers-with-abstracts.json",
  links: "links-between-papers-and-code.json",
  methods: "methods.json",
  datasets: "datasets.json",
  "evaluation-tables": "evaluation-tables.json",
};

const Text = z.string().nullish();
const Texts = z.array(z.string()).nullish();
const PaperRef = z.object({ title: Text, url: Text }).nullish();

/** A method as papers-with-abstracts.json names it inside a paper, with its main collection. */
export const PwcPaperMethodSchema = z.object({
  name: z.string().trim().min(1, "a method needs a name"),
  full_name: Text,
  description: Text,
  introduced_year: z.number().int().nullish(),
  source_url: Text,
  source_title: Text,
  code_snippet_url: Text,
  main_collection: z.object({ name: Text, description: Text, parent: Text, area: Text }).nullish(),
});

export const PwcPaperSchema = z.object({
  paper_url: Text,
  arxiv_id: Text,
  title: Text,
  abstract: Text,
  url_abs: Text,
  url_pdf: Text,
  proceeding: Text,
  authors: Texts,
  tasks: Texts,
  date: Text,
  methods: z.array(PwcPaperMethodSchema).nullish(),
});

export const PwcCodeLinkSchema = z.object({
  paper_url: Text,
  paper_title: Text,
  paper_arxiv_id: Text,
  paper_url_abs: Text,
  paper_url_pdf: Text,
  repo_url: z.string({ error: "a code link needs its repository ('repo_url')" }).trim().min(1, "a code link needs its repository ('repo_url')"),
  is_official: z.boolean().nullish(),
  mentioned_in_paper: z.boolean().nullish(),
  mentioned_in_github: z.boolean().nullish(),
  framework: Text,
  stars: z.number().int().nullish(),
});

export const PwcMethodSchema = z.object({
  url: Text,
  name: z.string().trim().min(1, "a method needs a name"),
  full_name: Text,
  description: Text,
  paper: PaperRef,
  introduced_year: z.number().int().nullish(),
  source_url: Text,
  source_title: Text,
  code_snippet_url: Text,
  num_papers: z.number().nullish(),
  collections: z.array(z.object({ collection: Text, area_id: Text, area: Text })).nullish(),
});

export const PwcDatasetEntrySchema = z.object({
  url: Text,
  name: z.string().trim().min(1, "a dataset needs a name"),
  full_name: Text,
  homepage: Text,
  description: Text,
  paper: PaperRef,
  introduced_date: Text,
  warning: Text,
  modalities: Texts,
  tasks: z.array(z.object({ task: Text, url: Text })).nullish(),
  languages: Texts,
  variants: Texts,
  num_papers: z.number().nullish(),
  data_loaders: z.array(z.unknown()).nullish(),
});

export type PwcPaper = z.infer<typeof PwcPaperSchema>;
export type PwcPaperMethod = z.infer<typeof PwcPaperMethodSchema>;
export type PwcCodeLink = z.infer<typeof PwcCodeLinkSchema>;
export type PwcMethod = z.infer<typeof PwcMethodSchema>;
export type PwcDatasetEntry = z.infer<typeof PwcDatasetEntrySchema>;

/** The kind a file's name says ("papers-with-abstracts.json.gz", "pwc2-methods.json"); null when it says none. */
export function kindOfName(file: string): ArchiveKind | null {
  const name = path.basename(file).toLowerCase().replace(/\.gz$/, "");
  return ARCHIVE_KINDS.find((kind) => name.endsWith(ARCHIVE_FILE_NAMES[kind])) ?? null;
}

/** The kind an element's keys say: each file has keys no other has. */
export function kindOfElement(element: unknown): ArchiveKind | null {
  if (!element || typeof element !== "object" || Array.isArray(element)) return null;
  const has = (key: string) => key in element;
  if (has("task") && (has("datasets") || has("subtasks") || has("categories"))) return "evaluation-tables";
  if (has("repo_url")) return "links";
  if (has("paper_url") && (has("abstract") || has("url_abs") || has("proceeding"))) return "papers";
  if (has("modalities") || has("variants") || has("introduced_date")) return "datasets";
  if (has("collections") || has("code_snippet_url") || has("introduced_year")) return "methods";
  return null;
}

/** The PWC paper page's id in its address: "https://paperswithcode.com/paper/attention-is-all-you-need" → "attention-is-all-you-need". */
export function pwcSlugOf(url: string | null | undefined, page: "paper" | "method" | "dataset" = "paper"): string | null {
  const match = new RegExp(`paperswithcode\\.com/${page}/([^/?#\\s]+)`).exec(url ?? "");
  return match ? decodeURIComponent(match[1]) : null;
}

export const pwcUrl = (page: "paper" | "method" | "dataset" | "task", slug: string) => `https://paperswithcode.com/${page}/${slug}`;

/** A list of names stored as JSON text (a dataset's variants, languages): empty when it is not one. */
export function parseNames(text: string): string[] {
  try {
    const list = JSON.parse(text) as unknown;
    return Array.isArray(list) ? list.map(String) : [];
  } catch {
    return [];
  }
}
