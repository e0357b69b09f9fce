import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createNewResultsSubmission, resultRow } from "@/lib/test/submission-factory";
import { signedInUserOf, storageStateOf } from "./fixtures/accounts";
import { createMethodWithPapers } from "./fixtures/catalogue-data";
import { createLeaderboard } from "./fixtures/leaderboard-data";

// axe-core on every page kind, as each role sees it, on a desktop and a phone: WCAG 2.1 A and AA.
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const WIDTHS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

type Pages = Record<string, string>;

async function expectNoViolations(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expect(page.locator("main")).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = violations.map(({ id, impact, help, nodes }) => `${id} (${impact}): ${help} — ${nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(found, `axe on ${path}`).toEqual([]);
}

/** A leaderboard with its task, dataset, paper and result, a method, and a pending submission of the signed-in user. */
async function makeCatalogue(): Promise<Pages> {
  const board = await createLeaderboard({
    metrics: [
      { name: "Accuracy", direction: "HIGHER_IS_BETTER" },
      { name: "Params", direction: "NOT_RANKED" },
    ],
    results: [
      { model: "Axe Net", values: { Accuracy: "81.2", Params: "25M" }, date: "2021-03-01" },
      { model: "Axe Net Large", values: { Accuracy: "83.9", Params: "60M" }, date: "2021-04-01", extraData: "JFT-300M" },
    ],
  });
  const { method } = await createMethodWithPapers();
  const benchmark = await prisma.benchmark.findUniqueOrThrow({
    where: { id: board.id },
    select: { task: { select: { slug: true } }, dataset: { select: { slug: true } }, results: { select: { id: true }, take: 1 } },
  });
  const submission = await createNewResultsSubmission({
    submitterId: signedInUserOf("USER").id,
    benchmark: {
      task: board.taskName,
      dataset: board.datasetName,
      subset: "",
      metrics: [
        { name: "Accuracy", direction: "HIGHER_IS_BETTER", unit: "" },
        { name: "Params", direction: "NOT_RANKED", unit: "" },
      ],
    },
    paper: { ref: "", title: board.paperTitle, authors: "", publishedAt: "" },
    rows: [resultRow("Axe Net Tiny", ["79.5", "5M"])],
    comment: "",
  });
  return {
    board: `/sota/${board.slug}`,
    task: `/task/${benchmark.task.slug}`,
    dataset: `/dataset/${benchmark.dataset.slug}`,
    paper: `/paper/${board.paperSlug}`,
    result: `/result/${benchmark.results[0].id}`,
    method: `/method/${method.slug}`,
    submission: `/submissions/${submission.id}`,
    review: `/moderation/${submission.id}`,
  };
}

let made: Pages;
test.beforeAll(async () => {
  made = await makeCatalogue();
});

// Page kinds by name: a fixed address, or one of the pages made above.
const VISITOR_PAGES = [
  "/",
  "/sota",
  "/tasks",
  "/datasets",
  "/papers",
  "/methods",
  "/log",
  "task",
  "dataset",
  "board",
  "paper",
  "result",
  "method",
  "/search?q=axe",
  "/about",
  "/api",
  "/data",
  "/signin",
  "/signup",
  "/forgot-password",
];

const ROLE_PAGES: Record<Role, string[]> = {
  USER: ["/submit", "/submissions", "submission", "/profile"],
  MODERATOR: ["/moderation", "review", "/moderation/log", "/moderation/benchmarks", "board"],
  ADMIN: ["/admin/users", "/moderation", "review", "/moderation/benchmarks", "/"],
};

// axe reads every node: on the API's long reference it took over 30 s at a load of 20 on 2 cores.
const LONG_PAGES = new Set(["/api"]);

const pathOf = (kind: string) => (kind.startsWith("/") ? kind : made[kind]);

for (const size of WIDTHS) {
  test.describe(`axe at ${size.width} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const kind of VISITOR_PAGES) {
      test(`a visitor's ${kind} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        test.slow(LONG_PAGES.has(kind), "a long page");
        await expectNoViolations(page, pathOf(kind));
      });
    }

    for (const [role, kinds] of Object.entries(ROLE_PAGES)) {
      test.describe(`as ${role.toLowerCase()}`, () => {
        test.use({ storageState: storageStateOf(role as Role) });
        for (const kind of kinds) {
          test(`a ${role.toLowerCase()}'s ${kind} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
            await expectNoViolations(page, pathOf(kind));
          });
        }
      });
    }
  });
}
