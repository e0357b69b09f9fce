import { expect, test } from "@playwright/test";
import { formatDate } from "@/lib/format";
import { signedInUserOf, storageStateOf } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";

test.describe("a moderator's change of a metric", () => {
  test.use({ storageState: storageStateOf("MODERATOR") });

  test("shows in the public log and on the leaderboard: who, when, before → after", async ({ page }) => {
    const moderator = signedInUserOf("MODERATOR");
    const board = await createLeaderboard({
      metrics: [{ name: "Error", direction: "HIGHER_IS_BETTER" }],
      results: [
        { model: "Careful", values: { Error: "1.5" } },
        { model: "Sloppy", values: { Error: "9.0" } },
      ],
    });
    await page.goto(`/sota/${board.slug}`);
    await expect(page.getByTestId("leaderboard-row").first()).toContainText("Sloppy");
    await expect(page.getByTestId("leaderboard-changes")).toHaveCount(0);

    await page.goto(`/moderation/benchmarks/${board.slug}`);
    await page.getByLabel("Direction of Error").selectOption("LOWER_IS_BETTER");
    await page.getByRole("button", { name: "Save metrics" }).click();
    await expect(page.getByRole("form", { name: "Metrics of this benchmark" }).getByTestId("form-message")).toContainText("Saved");
    const today = formatDate(new Date());

    await page.goto(`/sota/${board.slug}`);
    await expect(page.getByTestId("leaderboard-row").first()).toContainText("Careful");
    const change = page.getByTestId("leaderboard-change");
    await expect(change).toHaveCount(1);
    await expect(change).toContainText("The direction of Error changed");
    await expect(change).toContainText(`by ${moderator.name} · ${today}`);
    await expect(change).toContainText("higher is better → lower is better");

    await page.goto("/log");
    const entry = page.getByTestId("public-log-entry").filter({ hasText: board.taskName });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(
      `${moderator.name} changed the direction of Error on ${board.taskName} on ${board.datasetName}: higher is better → lower is better.`,
    );
    await expect(entry).toContainText(today);

    await page.goto("/moderation/log");
    await expect(page.getByTestId("audit-entry").filter({ hasText: board.taskName })).toContainText("Metric changed");
  });
});

test.describe("an admin's change of a role", () => {
  test.use({ storageState: storageStateOf("ADMIN") });

  test("shows in the moderation log with who, when, before → after", async ({ page }) => {
    const admin = signedInUserOf("ADMIN");
    const user = await createUser();
    await page.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
    const row = page.getByTestId(`user-row-${user.email}`);
    await row.getByLabel(`Role of ${user.email}`).selectOption("MODERATOR");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row).toContainText(`${user.name} is now Moderator.`);

    await page.goto(`/moderation/log?actor=${admin.id}`);
    const entry = page.getByTestId("audit-entry").filter({ hasText: user.email });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText("Role changed");
    await expect(entry).toContainText(`role of ${user.email}: User → Moderator`);
    await expect(entry).toContainText(admin.name);
    await expect(entry.locator("time")).toContainText(formatDate(new Date()));

    await page.goto("/log");
    await expect(page.locator("main")).not.toContainText(user.email);
  });
});
