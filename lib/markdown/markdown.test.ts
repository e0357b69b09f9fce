import { describe, expect, it } from "vitest";
import { renderMarkdown, summarizeMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders emphasis, lists and links", () => {
    const html = renderMarkdown("**Image classification** assigns a label.\n\n- top-1\n- [top-5](https://example.org/a)");
    expect(html).toContain("<strong>Image classification</strong>");
    expect(html).toContain("<li>top-1</li>");
    expect(html).toContain('<a href="https://example.org/a" rel="nofollow ugc">top-5</a>');
  });

  it("shows raw HTML as text and drops script links", () => {
    const html = renderMarkdown("<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1))");
    expect(html).not.toMatch(/<script|<img|href="javascript/);
    expect(html).toContain("&lt;script&gt;");
  });
});

describe("summarizeMarkdown", () => {
  it("keeps the first paragraph as plain text", () => {
    expect(summarizeMarkdown("**Bold** and `code` with [a link](https://x.org).\n\nSecond paragraph.", 200)).toBe("Bold and code with a link.");
  });

  it("skips headings for the first paragraph", () => {
    expect(summarizeMarkdown("# Overview\n\nThe real summary.", 100)).toBe("The real summary.");
    expect(summarizeMarkdown("# Only a heading", 100)).toBe("Only a heading");
  });

  it("cuts long text at a word", () => {
    expect(summarizeMarkdown("one two three four five six", 14)).toBe("one two three…");
    expect(summarizeMarkdown("", 10)).toBe("");
  });
});
