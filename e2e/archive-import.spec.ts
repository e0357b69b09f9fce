import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";

// The archive's four files beside the evaluation tables, in its shapes (docs/archive-format.md), with names
// of this run's own so that no other spec reads them.
function writeArchive(tag: string): string[] {
  const directory = mkdtempSync(path.join(tmpdir(), "pwc-archive-e2e-"));
  const paperUrl = `https://paperswithcode.com/paper/sparse-routing-${tag}`;
  const files: [string, unknown[]][] = [
    [
      "papers-with-abstracts.json.gz",
      [
        {
          paper_url: paperUrl,
          arxiv_id: null,
          title: `Sparse Routing for Graph Transformers ${tag}`,
          abstract: `We route each token through a sparse set of experts (${tag}).`,
          url_abs: `https://openreview.net/forum?id=${tag}`,
          url_pdf: `https://openreview.net/pdf?id=${tag}`,
          proceeding: "ICLR 2024 5",
          authors: ["Ada Lovelace", "Alan Turing"],
          tasks: [`Graph Routing ${tag}`],
          date: "2024-05-07",
          methods: [],
        },
      ],
    ],
    [
      "links-between-papers-and-code.json",
      [
        {
          paper_url: paperUrl,
          paper_title: `Sparse Routing for Graph Transformers ${tag}`,
          paper_arxiv_id: null,
          paper_url_abs: `https://openreview.net/forum?id=${tag}`,
          paper_url_pdf: `https://openreview.net/pdf?id=${tag}`,
          repo_url: `https://github.com/example/sparse-routing-${tag}`,
          is_official: true,
          mentioned_in_paper: true,
          mentioned_in_github: true,
          framework: "pytorch",
          stars: 4321,
        },
      ],
    ],
    [
      "methods.json",
      [
        {
          url: `https://paperswithcode.com/method/sparse-router-${tag}`,
          name: `Sparse Router ${tag}`,
          full_name: `Sparse Mixture Router ${tag}`,
          description: "Sends each token to its **top-2** experts.",
          paper: { title: `Sparse Routing for Graph Transformers ${tag}`, url: paperUrl },
          introduced_year: 2024,
          source_url: `https://openreview.net/forum?id=${tag}`,
          source_title: `Sparse Routing for Graph Transformers ${tag}`,
          code_snippet_url: null,
          num_papers: 1,
          collections: [{ collection: `Mixture-of-Experts ${tag}`, area_id: "general", area: "General" }],
        },
      ],
    ],
    [
      "datasets.json",
      [
        {
          url: `https://paperswithcode.com/dataset/routebench-${tag}`,
          name: `RouteBench ${tag}`,
          full_name: `Routing Benchmark ${tag}`,
          homepage: "https://routebench.example.org",
          description: "Graphs whose nodes must be routed.",
          paper: null,
          introduced_date: "2024-01-15",
          warning: null,
          modalities: ["Graphs", "Texts"],
          tasks: [{ task: `Graph Routing ${tag}`, url: "https://paperswithcode.com/task/graph-routing" }],
          languages: [],
          variants: [`RouteBench ${tag}, 10k nodes`],
          num_papers: 1,
          data_loaders: [],
        },
      ],
    ],
  ];
  return files.map(([name, list]) => {
    const file = path.join(directory, name);
    const text = JSON.stringify(list);
    writeFileSync(file, name.endsWith(".gz") ? gzipSync(text) : text);
    return file;
  });
}

test("importing the archive's papers, code links, methods and datasets shows them on their pages", async ({ page }) => {
  const tag = `t${Date.now().toString(36)}`;
  // The command a maintainer runs, on the database the server under test reads; files in any order.
  const output = execFileSync("npx", ["tsx", "scripts/import.ts", ...writeArchive(tag).reverse()], {
    env: process.env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  expect(output).toMatch(/code links\s+1\s+0\s+0\s+0/);

  const paper = await prisma.paper.findUniqueOrThrow({ where: { pwcSlug: `sparse-routing-${tag}` }, select: { slug: true } });
  await page.goto(`/paper/${paper.slug}`);
  await expect(page.getByText(`We route each token through a sparse set of experts (${tag}).`)).toBeVisible();
  const code = page
    .getByRole("region", { name: "Code" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: `example/sparse-routing-${tag}` }) });
  await expect(code).toContainText("official");
  await expect(code).toContainText("PyTorch");
  await expect(code).toContainText("★ 4,321");
  await expect(page.getByTestId("paper-authors")).toContainText("Ada Lovelace");

  await page.goto(`/method/sparse-router-${tag}`);
  await expect(page.getByRole("heading", { level: 1, name: `Sparse Router ${tag}` })).toBeVisible();
  const facts = page.getByTestId("method-facts");
  await expect(facts).toContainText(`Mixture-of-Experts ${tag}`);
  await expect(facts).toContainText("in General");
  await expect(facts).toContainText("2024");
  await expect(page.getByRole("link", { name: `Sparse Routing for Graph Transformers ${tag}` }).first()).toBeVisible();

  const dataset = await prisma.dataset.findFirstOrThrow({ where: { name: `RouteBench ${tag}` }, select: { slug: true } });
  await page.goto(`/dataset/${dataset.slug}`);
  await expect(page.getByText(`Routing Benchmark ${tag}`)).toBeVisible();
  await expect(page.getByText("Graphs", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: `Graph Routing ${tag}` })).toBeVisible();
  await expect(page.getByText(`RouteBench ${tag}, 10k nodes`)).toBeVisible();
});

test("/data offers the archive's five files under its names, gzipped too, and a manifest", async ({ page, request }) => {
  await page.goto("/data");
  for (const name of ["papers-with-abstracts.json", "links-between-papers-and-code.json", "methods.json", "datasets.json", "evaluation-tables.json"]) {
    await expect(page.getByRole("region", { name: "Downloads" }).getByText(name, { exact: true })).toBeVisible();
  }
  const papers = await request.get("/data/papers-with-abstracts.json");
  expect(papers.ok()).toBe(true);
  const list = await papers.json();
  expect(Array.isArray(list)).toBe(true);
  expect(Object.keys(list[0])).toEqual([
    "paper_url",
    "arxiv_id",
    "title",
    "abstract",
    "url_abs",
    "url_pdf",
    "proceeding",
    "authors",
    "tasks",
    "date",
    "methods",
  ]);
  const gz = await request.get("/data/methods.json.gz");
  expect(gz.headers()["content-type"]).toBe("application/gzip");
  const manifest = await (await request.get("/data/manifest.json")).json();
  expect(manifest.licence).toBe("CC-BY-SA 4.0");
});
