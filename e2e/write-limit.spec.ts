import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { WRITE_LIMIT, writeLimitKey } from "@/lib/write-limit";
import { signInThroughUi } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";

test("past the account's write limit a form says so, keeps what was typed and writes nothing", async ({ page }) => {
  const user = await createUser();
  await signInThroughUi(page, user);
  await page.goto("/profile");
  // The account has made its minute's writes (through the API, another tab …). Far from the minute's
  // end, so that the counter filled here is the one the form meets.
  const { limit, windowMs } = WRITE_LIMIT;
  await expect.poll(() => Date.now() % windowMs, { timeout: windowMs }).toBeLessThan(windowMs - 15_000);
  const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
  await prisma.rateLimit.create({ data: { key: writeLimitKey(user.id), windowStart, count: limit } });

  await page.getByLabel("Name").fill("Too Fast");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(
    page.getByText(new RegExp(`^You are making changes too quickly \\(at most ${limit} a minute\\)\\. Try again in \\d+ seconds?\\.$`)),
  ).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Too Fast");
  expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: user.name });
});
