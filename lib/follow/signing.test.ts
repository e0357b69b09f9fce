import { describe, expect, it } from "vitest";
import { createWebhookSecret, signWebhook, verifyWebhook } from "./signing";

describe("webhook signatures", () => {
  const secret = "whsec_test";
  const body = JSON.stringify({ id: "evt_1", kind: "NEW_BEST" });

  it("is HMAC-SHA256 of timestamp.body, hex, with the timestamp beside it", () => {
    // Worked out independently: printf '1700000000.{"id":"evt_1","kind":"NEW_BEST"}' | openssl dgst -sha256 -hmac whsec_test
    expect(signWebhook(secret, body, 1_700_000_000)).toBe("t=1700000000,v1=3f71ac988f71e5f8c6f2ca45542d1dd45e8be678753e9499d127542c901b0904");
  });

  it("verifies a fresh signature and refuses a changed body, another secret or an old timestamp", () => {
    const header = signWebhook(secret, body, 1_700_000_000);
    expect(verifyWebhook(secret, body, header, 1_700_000_100)).toBe(true);
    expect(verifyWebhook(secret, body.replace("BEST", "RESULT"), header, 1_700_000_100)).toBe(false);
    expect(verifyWebhook("whsec_other", body, header, 1_700_000_100)).toBe(false);
    expect(verifyWebhook(secret, body, header, 1_700_000_000 + 301)).toBe(false);
    expect(verifyWebhook(secret, body, "t=1700000000", 1_700_000_000)).toBe(false);
  });

  it("makes a new random secret each time", () => {
    expect(createWebhookSecret()).toMatch(/^whsec_[\w-]{32}$/);
    expect(createWebhookSecret()).not.toBe(createWebhookSecret());
  });
});
