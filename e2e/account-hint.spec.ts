// The header's account menu on cached pages: a signed-in visitor's name is in the page's HTML as the
// server sends it (the front fills it from the hint cookie), so no signed-out header flashes first; after
// sign-out the hint is gone and the header offers "Sign in".
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInThroughUi } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";

const HINT = "pwc-account";

/** The page's HTML as the server sends it, from its cache (asked twice: the first may render it). */
async function cachedHtml(request: APIRequestContext, path: string): Promise<string> {
  await request.get(path);
  const response = await request.get(path);
  expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
  return response.text();
}

test("a signed-in user's menu is in a cached page's HTML at first paint, and sign-out takes it away", async ({ page }) => {
  const user = await createUser();
  await signInThroughUi(page, user);
  const hint = (await page.context().cookies()).find((cookie) => cookie.name === HINT);
  expect(hint, "sign-in sets the hint cookie").toBeDefined();
  expect(decodeURIComponent(hint!.value)).toContain(user.name);

  const html = await cachedHtml(page.request, "/sota");
  expect(html).toContain('data-testid="account-menu-button"');
  expect(html).toContain(`title="${user.name}"`);
  expect(html).not.toContain(">Sign in</a>");

  // The browser shows the menu, which opens once the page's script has loaded.
  await page.goto("/sota");
  const menu = page.getByTestId("account-menu-button");
  await expect(menu).toContainText(user.name);
  // The menu's own button (it names the menu it opens) has taken the place of the one the front put there.
  await expect(menu).toHaveAttribute("aria-controls", /.+/);
  await menu.click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(
    (await page.context().cookies()).find((cookie) => cookie.name === HINT),
    "sign-out clears the hint",
  ).toBeUndefined();

  const after = await cachedHtml(page.request, "/sota");
  expect(after).not.toContain('data-testid="account-menu-button"');
  await page.goto("/sota");
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByTestId("account-menu-button")).toHaveCount(0);
});
