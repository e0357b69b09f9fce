import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { changeUserRole } from "@/lib/users/change-role";
import { signInThroughUi, submitSignIn, openAccountMenu } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";

test("an admin demoted while signed in is signed out on their very next request, and signs in as what they are now", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  await signInThroughUi(page, admin);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Users and roles" })).toBeVisible();

  // Same session cookie, no sign-out: only the database changes, which ends the session.
  await changeUserRole("command-line", { id: admin.id }, "USER");
  await page.reload();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Fusers$/);
  await submitSignIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
  await openAccountMenu(page);
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
});

test("a deleted account is signed out on its next request", async ({ page }) => {
  const user = await createUser();
  await signInThroughUi(page, user);
  await prisma.user.delete({ where: { id: user.id } });
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fprofile$/);
});
