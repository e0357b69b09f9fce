import { describe, expect, it } from "vitest";
import { parseIdentifier } from "@/lib/search/identifiers";
import { cachedPagePath, cachedPapersPagePath, cachedSearchPath, isCachedSearchWord } from "./cached-paths.js";

describe("cachedSearchPath", () => {
  it("serves a one-word search from its own cached path", () => {
    expect(cachedSearchPath("/search?q=dynamic")).toBe("/search/q/dynamic");
    expect(cachedSearchPath("/search?q=+ResNet-50+")).toBe("/search/q/ResNet-50");
  });

  it("leaves every other search dynamic", () => {
    for (const url of [
      "/search",
      "/search?q=",
      "/search?q=graph+neural",
      "/search?q=dynamic&kind=paper",
      "/search?q=dynamic&page=2",
      "/search?q=a&q=b",
      "/search?q=2010.11929",
      "/search?q=10.1000%2Fxyz",
      "/search?q=hep-th%2F9901001",
      "/search?q=%C3%A9t%C3%A9",
      "/search/q/dynamic",
      "/searches?q=dynamic",
      "/sota?q=dynamic",
    ]) {
      expect(cachedSearchPath(url), url).toBeNull();
    }
  });

  it("never takes an arXiv id or a DOI, which redirect to their paper", () => {
    for (const query of ["2010.11929", "arXiv:2010.11929v2", "hep-th/9901001", "10.1000/xyz", "doi:10.1000/xyz"]) {
      expect(parseIdentifier(query)).not.toBeNull();
      expect(isCachedSearchWord(query)).toBe(false);
    }
  });
});

describe("cachedPapersPagePath", () => {
  it("serves a page of the papers list from the path next.config.js rewrites it to", () => {
    expect(cachedPapersPagePath("/papers?page=2")).toBe("/papers/page/2");
    expect(cachedPagePath("/papers?page=40")).toBe("/papers/page/40");
    expect(cachedPagePath("/search?q=dynamic")).toBe("/search/q/dynamic");
  });

  it("leaves any other query to Next.js", () => {
    for (const url of [
      "/papers",
      "/papers?page=",
      "/papers?page=two",
      "/papers?page=2&sort=new",
      "/papers?sort=new&page=2",
      "/papers/page/2",
      "/paperspage=2",
    ]) {
      expect(cachedPagePath(url), url).toBeNull();
    }
  });
});
