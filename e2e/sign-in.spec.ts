import { expect, test } from "@playwright/test";
import { INVALID_CREDENTIALS_MESSAGE } from "@/lib/auth/messages";
import { SIGN_IN_LIMITS } from "@/lib/auth/verify-credentials";
import { signInThroughUi, submitSignIn, openAccountMenu } from "./fixtures/accounts";
import { createUser, uniqueEmail } from "./fixtures/factories";

test("a wrong password and an unknown email get the same message, and the email stays typed", async ({ page }) => {
  const user = await createUser();
  await page.goto("/signin");

  await submitSignIn(page, user.email, "not-the-password");
  const message = page.getByTestId("form-message");
  await expect(message).toHaveText(INVALID_CREDENTIALS_MESSAGE);
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(user.email);

  const unknown = uniqueEmail("unknown");
  await submitSignIn(page, unknown, user.password);
  await expect(message).toHaveText(INVALID_CREDENTIALS_MESSAGE);
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(unknown);
});

test("too many failed sign-ins for one email from one address are slowed down with a clear message", async ({ page }) => {
  const user = await createUser();
  await page.goto("/signin");
  const message = page.getByTestId("form-message");
  for (let attempt = 1; attempt <= SIGN_IN_LIMITS.perPair.freeAttempts; attempt++) {
    await submitSignIn(page, user.email, `wrong-guess-${attempt}`);
    await expect(message).toHaveText(INVALID_CREDENTIALS_MESSAGE);
  }
  // Even the right password now waits.
  await submitSignIn(page, user.email, user.password);
  await expect(message).toHaveText(/^Too many sign-in attempts\. Try again in \d+ minutes?\.$/);
  await expect(page).toHaveURL(/\/signin/);
});

test("signing in from a protected page comes back to it", async ({ page }) => {
  const user = await createUser();
  await page.goto("/profile");
  await expect(page).toHaveURL("/signin?callbackUrl=%2Fprofile");
  await submitSignIn(page, user.email, user.password);
  await expect(page).toHaveURL("/profile");
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await expect(page.getByText(user.email)).toBeVisible();
});

test("a signed-in user signs out from the header menu", async ({ page }) => {
  const user = await createUser();
  await signInThroughUi(page, user);
  await openAccountMenu(page);
  await page.getByRole("button", { name: "Sign out" }).click();

  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByTestId("account-menu-button")).toHaveCount(0);
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fprofile$/);
});

test("an attacker's failed guesses from another address neither lock the owner out nor sign out their device", async ({ browser }) => {
  const owner = await createUser();
  const octet = () => Math.floor(Math.random() * 250) + 1;
  const fromAddress = (address: string) => browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  const ownerAddress = `192.0.2.${octet()}`;
  const laptop = await fromAddress(ownerAddress);
  const laptopPage = await laptop.newPage();
  await signInThroughUi(laptopPage, owner);

  const attacker = await (await fromAddress(`203.0.113.${octet()}`)).newPage();
  await attacker.goto("/signin");
  const attackerMessage = attacker.getByTestId("form-message");
  for (let attempt = 1; attempt <= SIGN_IN_LIMITS.perPair.freeAttempts; attempt++) {
    await submitSignIn(attacker, owner.email, `guess-${attempt}`);
    await expect(attackerMessage).toHaveText(INVALID_CREDENTIALS_MESSAGE);
  }
  await submitSignIn(attacker, owner.email, "one-more-guess");
  await expect(attackerMessage).toHaveText(/^Too many sign-in attempts\. Try again in 1 minute\.$/);

  await laptopPage.goto("/profile");
  await expect(laptopPage.getByRole("heading", { name: "Your profile" })).toBeVisible();
  const phone = await fromAddress(ownerAddress);
  await signInThroughUi(await phone.newPage(), owner);
  await Promise.all([laptop.close(), phone.close(), attacker.context().close()]);
});
