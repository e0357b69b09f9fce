import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { INVALID_CREDENTIALS_MESSAGE } from "@/lib/auth/messages";
import { signInThroughUi, submitSignIn, openAccountMenu } from "./fixtures/accounts";
import { createUser, type TestUser } from "./fixtures/factories";
import { waitForMailTo } from "./fixtures/mail";

/** A browser signed in as `user`, and a second one holding a copy of its cookies (a stolen cookie). */
async function signedInWithCopy(browser: Browser, user: TestUser): Promise<{ original: BrowserContext; copy: BrowserContext }> {
  const original = await browser.newContext();
  await signInThroughUi(await original.newPage(), user);
  const copy = await browser.newContext();
  await copy.addCookies(await original.cookies());
  const page = await copy.newPage();
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  return { original, copy };
}

async function expectSignedOut(context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto("/moderation");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmoderation$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

test("a copied moderator cookie stops working once the moderator signs out", async ({ browser }) => {
  const moderator = await createUser({ role: "MODERATOR" });
  const { original, copy } = await signedInWithCopy(browser, moderator);
  const page = copy.pages()[0];
  await page.goto("/moderation");
  await expect(page).toHaveURL("/moderation");

  const own = original.pages()[0];
  await openAccountMenu(own);
  await own.getByRole("button", { name: "Sign out" }).click();
  await expect(own.getByRole("link", { name: "Sign in" })).toBeVisible();

  await expectSignedOut(copy);
  await Promise.all([original.close(), copy.close()]);
});

test("a new password keeps this device signed in and signs out every other", async ({ browser }) => {
  const user = await createUser();
  const { original, copy } = await signedInWithCopy(browser, user);
  const page = original.pages()[0];
  await page.goto("/profile");

  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password", { exact: true }).fill("a-new-password-2026");
  await page.getByLabel("Repeat the new password").fill("a-new-password-2027");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Repeat the new password")).toHaveAccessibleDescription(/The two new passwords differ/);

  await page.getByLabel("Repeat the new password").fill("a-new-password-2026");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL("/profile?notice=password-changed");
  await expect(page.getByText("Your password is changed. Every other device signed in to your account is signed out.")).toBeVisible();
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();

  await expectSignedOut(copy);
  const other = copy.pages()[0];
  await other.goto("/signin");
  await submitSignIn(other, user.email, user.password);
  await expect(other.getByTestId("form-message")).toHaveText(INVALID_CREDENTIALS_MESSAGE);
  await submitSignIn(other, user.email, "a-new-password-2026");
  await expect(other.getByTestId("account-menu-button")).toContainText(user.name);
  await Promise.all([original.close(), copy.close()]);
});

test("forgot password: the mailed link sets a new password once, and every session ends", async ({ browser, page }) => {
  const user = await createUser();
  const elsewhere = await browser.newContext();
  await signInThroughUi(await elsewhere.newPage(), user);

  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByTestId("form-message")).toContainText(`If an account uses ${user.email}, a link to set a new password is on its way`);

  const mail = await waitForMailTo(user.email);
  expect(mail.subject).toBe("Set a new password for Papers With Code 2");
  const link = mail.text.match(/http:\/\/\S+\/reset-password\?token=[\w-]+/)?.[0];
  expect(link).toBeTruthy();
  await page.goto(link!);
  await page.getByLabel("New password", { exact: true }).fill("reset-password-2026");
  await page.getByLabel("Repeat the new password").fill("reset-password-2026");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page).toHaveURL("/signin?notice=password-reset");
  await expect(page.getByTestId("sign-in-notice")).toContainText("Your new password is set");

  await submitSignIn(page, user.email, user.password);
  await expect(page.getByTestId("form-message")).toHaveText(INVALID_CREDENTIALS_MESSAGE);
  await submitSignIn(page, user.email, "reset-password-2026");
  await expect(page.getByTestId("account-menu-button")).toContainText(user.name);
  await expectSignedOut(elsewhere);

  // The link worked once.
  await page.goto(link!);
  await page.getByLabel("New password", { exact: true }).fill("another-password-2026");
  await page.getByLabel("Repeat the new password").fill("another-password-2026");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByTestId("form-message")).toContainText("This link has expired or was already used");
  await elsewhere.close();
});
