import { expect, test } from "@playwright/test";

test("the home page shows the site's name and navigation", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Papers With Code 2" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of ["Tasks", "SotA", "Datasets", "Papers", "Methods", "Submit", "About"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }
});
