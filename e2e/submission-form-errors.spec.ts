import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { signInThroughUi } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { captureServerAction, expectFieldError } from "./fixtures/submission-data";

test("each field's wrong input is named next to it, on the client and by the server; what was typed stays; nothing is stored", async ({ page }) => {
  const user = await createUser();
  await signInThroughUi(page, user);
  await page.goto("/submit");

  // Nothing filled in: every required field says what it needs.
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expectFieldError(page, "Task", /Name the task/);
  await expectFieldError(page, "Dataset", /Name the dataset/);
  await expectFieldError(page, "Metric name", /Name the metric/);
  await expectFieldError(page, "arXiv id or URL", /arXiv id or URL, or its title/);
  await expectFieldError(page, "Model name", /Name the model/);
  await expectFieldError(page, "Evidence", /Say where in the paper/);
  await expect(page.getByTestId("form-message")).toContainText("Some fields need attention");

  // Wrong values, each named where it was typed.
  await page.getByLabel("Task", { exact: true }).fill("Image Classification");
  await page.getByLabel("Dataset", { exact: true }).fill("ImageNet");
  await expect(page.getByTestId("benchmark-status")).toContainText("Known benchmark");
  await page.getByLabel("Model name").fill("M".repeat(201));
  await page.getByLabel("Top 1 Accuracy (%) ↑").fill("eighty-eight");
  await page.getByLabel("Number of params").fill("lots");
  await page.getByLabel("Yes").check();
  await page.getByLabel("Code URL").fill("github.com/me/model");
  await page.getByLabel("Evidence").fill("Table 2");
  await page.getByRole("button", { name: "+ Propose a metric" }).click();
  await page.getByLabel("Metric name").fill("top 1 accuracy");
  await page.getByRole("button", { name: "Check" }).click();
  await expectFieldError(page, "Model name", /At most 200 characters/);
  await expectFieldError(page, "Top 1 Accuracy (%) ↑", /Not a number/);
  await expectFieldError(page, "Number of params", /Not a number/);
  await expectFieldError(page, "Which extra data?", /Say which extra training data/);
  await expectFieldError(page, "Code URL", /full web address/);
  await expectFieldError(page, "Metric name", /listed twice/);

  // Fixed on the client, refused by the server: an unreadable reference, an unknown paper's missing details.
  await page.getByRole("button", { name: "Remove metric 3" }).click();
  await page.getByLabel("Model name").fill("ResNet-200");
  await page.getByLabel("Top 1 Accuracy (%) ↑").fill("79.9");
  await page.getByLabel("Number of params").fill("64M");
  await page.getByLabel("Which extra data?").fill("ImageNet-21k");
  await page.getByLabel("Code URL").fill("https://github.com/me/model");
  await page.getByLabel("arXiv id or URL").fill("the ResNet paper");
  await page.getByLabel("Title").fill("Going Deeper Still");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expectFieldError(page, "arXiv id or URL", /arXiv id \(e\.g\. 1512\.03385\) or a web address/);
  await expectFieldError(page, "Authors", /not in the catalogue yet: give its authors/);
  await expectFieldError(page, "Publication date", /give its publication date/);
  await expect(page).toHaveURL("/submit");

  await expect(page.getByLabel("Model name")).toHaveValue("ResNet-200");
  await expect(page.getByLabel("Top 1 Accuracy (%) ↑")).toHaveValue("79.9");
  await expect(page.getByLabel("Which extra data?")).toHaveValue("ImageNet-21k");
  await expect(page.getByLabel("Title")).toHaveValue("Going Deeper Still");
  expect(await prisma.submission.count({ where: { submitterId: user.id } })).toBe(0);
});

test("an anonymous visitor is sent to sign in, and a direct anonymous call of the action stores nothing", async ({ page, browser, playwright }) => {
  const board = await createLeaderboard({ metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }], results: [] });
  await page.goto(`/submit?benchmark=${board.slug}`);
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(`/submit?benchmark=${board.slug}`)}`);

  // A signed-in browser fills the form; its request is held back and sent again without a session.
  const user = await createUser();
  const signedIn = await browser.newPage();
  await signInThroughUi(signedIn, user);
  await signedIn.goto(`/submit?benchmark=${board.slug}`);
  await signedIn.getByLabel("arXiv id or URL").fill("1512.03385");
  await signedIn.getByRole("button", { name: "Look up" }).click();
  await expect(signedIn.getByTestId("paper-found")).toBeVisible();
  await signedIn.getByLabel("Model name").fill("Anonymous attempt");
  await signedIn.getByLabel("Accuracy ↑").fill("99");
  await signedIn.getByLabel("Evidence").fill("Table 1");
  const held = await captureServerAction(signedIn, () => signedIn.getByRole("button", { name: "Submit for review" }).click());
  await signedIn.close();

  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  const headers = Object.fromEntries(Object.entries(held.headers()).filter(([name]) => name !== "cookie"));
  const response = await anonymous.post(held.url(), { headers, data: held.postData() ?? "" });
  expect(await response.text()).toContain("Sign in first.");
  // Counted by this test's own board and user: other tests, in parallel workers, submit meanwhile.
  expect(await prisma.submission.count({ where: { OR: [{ benchmarkId: board.id }, { submitterId: user.id }] } })).toBe(0);
  await anonymous.dispose();
});
