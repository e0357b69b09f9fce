import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { SIGN_IN_LIMITS } from "@/lib/auth/verify-credentials";
import { SIGN_UP_LIMIT } from "@/lib/users/register-user";
import { uniqueEmail } from "./fixtures/factories";

test("a visitor signs up and sees their name in the header", async ({ page }) => {
  const email = uniqueEmail("signup");
  await page.goto("/");
  await page.getByRole("link", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Create an account" })).toBeVisible();

  await page.getByLabel("Name").fill("Grace Hopper");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("compilers-are-fun");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("account-menu-button")).toContainText("Grace Hopper");
  const user = await prisma.user.findUnique({ where: { email } });
  expect(user).toMatchObject({ name: "Grace Hopper", role: "USER" });
  expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
});

test("a short password and a malformed email are named next to their fields, and what was typed stays", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Alan Turing");
  await page.getByLabel("Email").fill("alan@");
  await page.getByLabel("Password").fill("enigma");
  await page.getByRole("button", { name: "Create account" }).click();

  const email = page.getByLabel("Email");
  const password = page.getByLabel("Password");
  await expect(email).toHaveAccessibleDescription(/Enter a valid email address/);
  await expect(password).toHaveAccessibleDescription(/Use at least 10 characters/);
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name")).toHaveValue("Alan Turing");
  await expect(email).toHaveValue("alan@");
  await expect(password).toHaveValue("enigma");
  expect(await prisma.user.count({ where: { name: "Alan Turing" } })).toBe(0);
});

test("an email that already has an account is named next to the email field", async ({ page }) => {
  const email = uniqueEmail("taken");
  await prisma.user.create({ data: { email, name: "First" } });
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Second");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("another-password");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/already exists/);
  await expect(page.getByLabel("Email")).toHaveValue(email);
});

test("too many accounts from one address are refused with a clear message, and nothing is stored", async ({ browser }) => {
  const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  const page = await context.newPage();
  // The address the proxy in front saw (the last X-Forwarded-For entry) has created its hour's accounts already.
  const hour = 60 * 60 * 1000;
  await prisma.rateLimit.create({
    data: { key: `sign-up:address:${address}`, windowStart: new Date(Math.floor(Date.now() / hour) * hour), count: SIGN_UP_LIMIT.limit },
  });
  const email = uniqueEmail("limited");
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("analytical-engine");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByTestId("form-message")).toContainText(/Too many accounts created from your address\. Try again in \d+ minutes?\./);
  await expect(page.getByLabel("Email")).toHaveValue(email);
  expect(await prisma.user.count({ where: { email } })).toBe(0);
  await context.close();
});

test("when the address may not sign in just now, the account is still made and the user is sent to sign in, told why", async ({ browser }) => {
  const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  const page = await context.newPage();
  // Someone at this address has spent its sign-in failures for the window.
  const { limit, windowMs } = SIGN_IN_LIMITS.perAddress;
  await prisma.rateLimit.create({
    data: { key: `sign-in:address:${address}`, windowStart: new Date(Math.floor(Date.now() / windowMs) * windowMs), count: limit },
  });
  const email = uniqueEmail("paused");
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Emmy Noether");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("symmetries-and-conservation");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL("/signin?notice=account-created");
  await expect(page.getByTestId("sign-in-notice")).toHaveText(/^Your account is created\. Too many sign-in attempts came from your address/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await prisma.user.count({ where: { email } })).toBe(1);
  await context.close();
});
