import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { changeUserRole } from "@/lib/users/change-role";
import { signInThroughUi } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";

test("an admin demoted while signed in loses access on their very next request", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  await signInThroughUi(page, admin);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Users and roles" })).toBeVisible();

  // Same session cookie, no sign-out: only the database changes.
  await changeUserRole("command-line", { id: admin.id }, "USER");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
  await page.getByTestId("account-menu-button").click();
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
});

test("a deleted account is signed out on its next request", async ({ page }) => {
  const user = await createUser();
  await signInThroughUi(page, user);
  await prisma.user.delete({ where: { id: user.id } });
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fprofile$/);
});
