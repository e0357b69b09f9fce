import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInPath, signUpPath } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each(["/submit", "/submit?benchmark=imagenet&metric=top-1", "/paper/attention#results"])("keeps the path %s", (path) => {
    expect(safeCallbackUrl(path)).toBe(path);
  });

  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", undefined, ["/a", "/b"]])(
    "falls back to / for %s",
    (value) => {
      expect(safeCallbackUrl(value)).toBe("/");
    },
  );
});

describe("signInPath and signUpPath", () => {
  it("carry where to come back to", () => {
    expect(signInPath("/submit")).toBe("/signin?callbackUrl=%2Fsubmit");
    expect(signUpPath("/submit")).toBe("/signup?callbackUrl=%2Fsubmit");
    expect(signInPath("/")).toBe("/signin");
  });
});
