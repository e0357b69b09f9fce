import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { signInThroughUi, openAccountMenu } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";

test("a user sees their account on /profile and renames themselves", async ({ page }) => {
  const user = await createUser({ role: "MODERATOR" });
  await signInThroughUi(page, user);
  await openAccountMenu(page);
  await page.getByRole("link", { name: "Profile" }).click();

  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await expect(page.getByText(user.email)).toBeVisible();
  await expect(page.getByText("Moderator", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();

  await page.getByLabel("Name").fill("   ");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByLabel("Name")).toHaveAccessibleDescription(/Enter your name/);

  await page.getByLabel("Name").fill("Katherine Johnson");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Your name is saved.")).toBeVisible();
  await expect(page.getByTestId("account-menu-button")).toContainText("Katherine Johnson");
  expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Katherine Johnson" });
});
