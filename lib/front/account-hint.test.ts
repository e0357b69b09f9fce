import { describe, expect, it } from "vitest";
import { ACCOUNT_HINT_COOKIE, accountButtonMarkup, accountHintValue, readAccountHint } from "./account-hint.js";

const cookieOf = (value: string) => `session=abc; ${ACCOUNT_HINT_COOKIE}=${encodeURIComponent(value)}; other=1`;

describe("the account hint", () => {
  it("reads back what was written, among other cookies", () => {
    const hint = { name: "Ada Lovelace", role: "MODERATOR" as const, unread: 3 };
    expect(readAccountHint(cookieOf(accountHintValue(hint)))).toEqual(hint);
  });

  it("is null when missing, garbled or of an unknown role", () => {
    expect(readAccountHint(undefined)).toBeNull();
    expect(readAccountHint("session=abc")).toBeNull();
    expect(readAccountHint(cookieOf("{not json"))).toBeNull();
    expect(readAccountHint(cookieOf(JSON.stringify({ n: "Ada", r: "ROOT", u: 0 })))).toBeNull();
    expect(readAccountHint(cookieOf(JSON.stringify({ n: "  ", r: "USER", u: 0 })))).toBeNull();
  });

  it("puts the name in the button escaped, with a dot for unread decisions only", () => {
    const markup = accountButtonMarkup({ name: `<script>"x"</script>`, role: "USER", unread: 0 });
    expect(markup).not.toContain("<script>");
    expect(markup).toContain("&#60;script&#62;&#34;x&#34;");
    expect(markup).not.toContain("bg-brand-600");
    expect(accountButtonMarkup({ name: "Ada", role: "USER", unread: 2 })).toContain("bg-brand-600");
  });
});
