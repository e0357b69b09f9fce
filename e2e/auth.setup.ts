import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test as setup } from "@playwright/test";
import { ROLES } from "@/lib/auth/roles";
import { signedInUserFile, signInThroughUi, storageStateOf } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";

// Pages the stories open, rendered once per role before any story: a production server loads a route's
// code on its first request, which on a busy 2-core machine costs seconds a story should not pay.
// An unknown id renders the route's not-found answer, which loads the same code.
const WARM_UP: Record<(typeof ROLES)[number], string[]> = {
  USER: ["/", "/submit", "/submissions", "/submissions/warm-up", "/result/warm-up", "/result/warm-up/edit", "/result/warm-up/report", "/sota/warm-up"],
  MODERATOR: ["/moderation", "/moderation/warm-up", "/moderation/results/warm-up", "/moderation/benchmarks", "/moderation/log", "/log"],
  ADMIN: ["/admin/users", "/profile", "/papers", "/tasks", "/datasets"],
};

// Signs in once per role through the UI; specs reuse the browser state with test.use({ storageState }).
for (const role of ROLES) {
  setup(`sign in as ${role.toLowerCase()}`, async ({ page }) => {
    const user = await createUser({ role });
    await signInThroughUi(page, user);
    mkdirSync(path.dirname(storageStateOf(role)), { recursive: true });
    await page.context().storageState({ path: storageStateOf(role) });
    writeFileSync(signedInUserFile(role), JSON.stringify(user, null, 2));
    for (const url of WARM_UP[role]) await page.request.get(url);
  });
}
