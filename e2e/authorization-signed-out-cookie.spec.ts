// One cell of the authorization matrix kept apart: a moderator's cookie copied before they signed out.
// It passes once sign-out ends the session everywhere (issue 9, item 4: session versions), not before.
import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { postAction } from "./fixtures/authorization";
import { signInThroughUi, openAccountMenu } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { boardWithOneResult } from "./fixtures/submission-data";

test("a moderator's cookie copied before sign-out can no longer retract a result", async ({ browser }) => {
  const { result } = await boardWithOneResult();
  const moderator = await createUser({ role: "MODERATOR" });
  const original = await browser.newContext();
  const page = await original.newPage();
  await signInThroughUi(page, moderator);
  const copied = await browser.newContext({ storageState: await original.storageState() });

  await openAccountMenu(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  const actor = { column: "moderator" as const, user: moderator, browser: copied.request, token: null };
  await postAction(actor, `/moderation/results/${result.id}`, ["lib/actions/retract-result.ts", "retractResultAction"], {
    resultId: result.id,
    reason: "Replayed with a copied cookie.",
  });
  expect((await prisma.result.findUniqueOrThrow({ where: { id: result.id } })).status).toBe("PUBLISHED");
  await original.close();
  await copied.close();
});
