// What an attacker tried (issue 9): links that send a fresh session to another site, raw server-action
// requests, and other roles' pages. Each gets a clear answer, never a 500 or a visit elsewhere.
import { expect, test } from "@playwright/test";
import { signedInUserOf, storageStateOf, submitSignIn } from "./fixtures/accounts";
import { createUser, uniqueEmail } from "./fixtures/factories";

// Each is //evil.example/x to a browser once normalised ("evil.example" does not resolve in the tests:
// a visit there fails the navigation).
const ELSEWHERE = [
  "/.//evil.example/x",
  "/..//evil.example/x",
  "/%2e//evil.example/x",
  "/\\\\evil.example/x",
  "/%2f%2fevil.example/x",
  "/a/..//evil.example/x",
];

test.describe("a signed-in visitor following a sign-in or sign-up link", () => {
  test.use({ storageState: storageStateOf("USER") });

  test("stays on the site whatever callbackUrl says", async ({ page, baseURL }) => {
    for (const path of ["/signin", "/signup"]) {
      for (const callbackUrl of ELSEWHERE) {
        await page.goto(`${path}?${new URLSearchParams({ callbackUrl })}`);
        expect(page.url(), `${path} with ${callbackUrl}`).toBe(`${baseURL}/`);
        await expect(page.getByTestId("account-menu-button")).toBeVisible();
      }
    }
  });
});

test("a visitor who signs in from such a link lands on the home page", async ({ page, baseURL }) => {
  const user = await createUser();
  await page.goto(`/signin?${new URLSearchParams({ callbackUrl: "/.//evil.example/x" })}`);
  await submitSignIn(page, user.email, user.password);
  await expect(page.getByTestId("account-menu-button")).toContainText(user.name);
  expect(page.url()).toBe(`${baseURL}/`);
});

test("a server action from another site gets 403, one whose body cannot be read 400", async ({ page, request, baseURL }) => {
  // A real action: the one the sign-in form calls.
  await page.goto("/signin");
  const sent = page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
  await submitSignIn(page, uniqueEmail("nobody"), "not-the-password");
  const action = (await sent).headers()["next-action"];
  await expect(page.getByTestId("form-message")).toContainText("Incorrect email or password");

  const post = (headers: Record<string, string>, data: string) =>
    request.post("/signin", { headers: { "next-action": action, "content-type": "text/plain;charset=UTF-8", ...headers }, data, maxRedirects: 0 });
  const fromElsewhere = await post({ origin: "https://evil.example" }, JSON.stringify([{ email: "a@b.org", password: "x" }, "/"]));
  expect(fromElsewhere.status()).toBe(403);
  expect(await fromElsewhere.text()).toContain("sent from another site");
  expect((await post({ origin: "null" }, "[]")).status()).toBe(403);

  const garbage = await post({ origin: baseURL! }, "\u0000not json{");
  expect(garbage.status()).toBe(400);
  const multipart = await post({ origin: baseURL!, "content-type": "multipart/form-data; boundary=edge" }, "--edge\r\nbroken");
  expect(multipart.status()).toBe(400);
  const badRoot = await post(
    { origin: baseURL!, "content-type": "multipart/form-data; boundary=WebKitFormBoundaryE2e" },
    '--WebKitFormBoundaryE2e\r\nContent-Disposition: form-data; name="0"\r\n\r\n{not json\r\n--WebKitFormBoundaryE2e--\r\n',
  );
  expect(badRoot.status()).toBe(400);
});

test.describe("a plain user", () => {
  test.use({ storageState: storageStateOf("USER") });

  test("gets 403 and a page that says why on moderation and admin pages", async ({ page }) => {
    const { email } = signedInUserOf("USER");
    for (const [path, title] of [
      ["/moderation", "Moderators only"],
      ["/moderation/log", "Moderators only"],
      ["/moderation/benchmarks", "Moderators only"],
      ["/moderation/no-such-submission", "Moderators only"],
      ["/admin/users", "Admins only"],
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: title })).toBeVisible();
      await expect(page.getByTestId("access-denied")).toContainText(`You are signed in as ${email} (User)`);
    }
  });
});

test.describe("a moderator", () => {
  test.use({ storageState: storageStateOf("MODERATOR") });

  test("opens moderation (200) and gets 403 from the admin pages", async ({ page }) => {
    expect((await page.goto("/moderation"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Moderation" })).toBeVisible();
    expect((await page.goto("/admin/users"))?.status()).toBe(403);
    await expect(page.getByTestId("access-denied")).toContainText("(Moderator)");
  });
});

test("an anonymous visitor is redirected to sign in (307), as before", async ({ request }) => {
  for (const path of ["/moderation", "/admin/users"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toContain(`/signin?${new URLSearchParams({ callbackUrl: path })}`);
  }
});
