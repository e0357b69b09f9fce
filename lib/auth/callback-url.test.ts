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

  // Each of these is "//evil.example/x" to a browser once normalised, or a host once a proxy decodes it.
  it.each([
    "/.//evil.example/x",
    "/..//evil.example/x",
    "/%2e//evil.example/x",
    "/%2E%2E//evil.example/x",
    "/a/..//evil.example/x",
    "/\\\\evil.example/x",
    "/\\/evil.example/x",
    "/\t/evil.example/x",
    "/%2f%2fevil.example/x",
    "/%5c%5cevil.example/x",
    "/%2e%2e/%2fevil.example/x",
    "/%E0%A4%A",
  ])("falls back to / for %s, a path only before normalising", (value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });

  it("normalises a path that stays on the site", () => {
    expect(safeCallbackUrl("/a/./b/../submit?x=1")).toBe("/a/submit?x=1");
  });
});

describe("signInPath and signUpPath", () => {
  it("carry where to come back to", () => {
    expect(signInPath("/submit")).toBe("/signin?callbackUrl=%2Fsubmit");
    expect(signUpPath("/submit")).toBe("/signup?callbackUrl=%2Fsubmit");
    expect(signInPath("/")).toBe("/signin");
  });
});
