import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { storageStateOf, openAccountMenu } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";

test.describe("an admin", () => {
  test.use({ storageState: storageStateOf("ADMIN") });

  test("finds a user by email and makes them a moderator", async ({ page }) => {
    const user = await createUser();
    await page.goto("/admin/users");
    await page.getByLabel("Search by email").fill(user.email.toUpperCase());
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=/);

    const row = page.getByTestId(`user-row-${user.email}`);
    await expect(page.getByText("1 user matching")).toBeVisible();
    await row.getByLabel(`Role of ${user.email}`).selectOption("MODERATOR");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row).toContainText(`${user.name} is now Moderator.`);

    await page.reload();
    await expect(page.getByTestId(`user-row-${user.email}`).getByLabel(`Role of ${user.email}`)).toHaveValue("MODERATOR");
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "MODERATOR" });
  });

  test("sees Admin and Moderation in the account menu", async ({ page }) => {
    await page.goto("/");
    await openAccountMenu(page);
    await expect(page.getByRole("link", { name: "Admin" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Moderation" })).toBeVisible();
  });
});

test.describe("a plain user", () => {
  test.use({ storageState: storageStateOf("USER") });

  test("is refused /admin/users and sees no Admin or Moderation entry", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Users and roles" })).toHaveCount(0);

    await openAccountMenu(page);
    await expect(page.getByRole("link", { name: "Profile" })).toBeVisible();
    await expect(page.getByRole("link", { name: "My submissions" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Moderation" })).toHaveCount(0);
  });
});

test("an anonymous visitor of /admin/users is sent to sign in", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL("/signin?callbackUrl=%2Fadmin%2Fusers");
});
