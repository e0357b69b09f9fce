import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test as setup } from "@playwright/test";
import { ROLES } from "@/lib/auth/roles";
import { signedInUserFile, signInThroughUi, storageStateOf } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";

// Signs in once per role through the UI; specs reuse the browser state with test.use({ storageState }).
for (const role of ROLES) {
  setup(`sign in as ${role.toLowerCase()}`, async ({ page }) => {
    const user = await createUser({ role });
    await signInThroughUi(page, user);
    mkdirSync(path.dirname(storageStateOf(role)), { recursive: true });
    await page.context().storageState({ path: storageStateOf(role) });
    writeFileSync(signedInUserFile(role), JSON.stringify(user, null, 2));
  });
}
