import { describe, expect, it } from "vitest";
import { authorIdOf, authorSearchWords } from "./author-id";
import { arxivMonth, publishedDateOf } from "./paper-date";
import { secondsToWindowEnd, withRateLimitHeaders } from "./rate-limit-headers";
import { proceedingOfVenue } from "./venues";

describe("a paper's date", () => {
  it("reads an arXiv id's month, new and old style; nothing from what is not an arXiv id", () => {
    expect(arxivMonth("2010.11929")).toBe("2020-10-01");
    expect(arxivMonth("0704.0001")).toBe("2007-04-01");
    expect(arxivMonth("hep-th/9901001")).toBe("1999-01-01");
    expect(arxivMonth("math.AG/0601001")).toBe("2006-01-01");
    expect(arxivMonth("2013.00001")).toBeNull();
    expect(arxivMonth(null)).toBeNull();
  });

  it("takes the first source that has one", () => {
    const createdAt = new Date("2026-12-01T10:00:00Z");
    const paper = { publishedAt: null, arxivId: null, firstEvaluatedAt: null, createdAt };
    expect(publishedDateOf({ ...paper, publishedAt: new Date("2017-06-12T00:00:00Z"), arxivId: "1706.03762" })).toEqual({
      published: "2017-06-12",
      published_source: "paper",
    });
    expect(publishedDateOf({ ...paper, arxivId: "1706.03762", firstEvaluatedAt: new Date("2016-01-01") })).toEqual({
      published: "2017-06-01",
      published_source: "arxiv_id",
    });
    expect(publishedDateOf({ ...paper, firstEvaluatedAt: new Date("2019-03-05T00:00:00Z") })).toEqual({
      published: "2019-03-05",
      published_source: "evaluation",
    });
    expect(publishedDateOf(paper)).toEqual({ published: "2026-12-01", published_source: "catalogue" });
  });
});

describe("a venue's conference and proceeding", () => {
  it.each([
    ["neurips-2019-12", { id: "neurips", name: "NeurIPS" }, { id: "neurips-2019-12", year: 2019, month: 12 }],
    ["ECCV 2020", { id: "eccv", name: "ECCV" }, { id: "eccv-2020", year: 2020, month: null }],
    ["cvpr-2020-6", { id: "cvpr", name: "CVPR" }, { id: "cvpr-2020-6", year: 2020, month: 6 }],
    ["ECCV 2020 Workshops", { id: "eccv", name: "ECCV" }, { id: "eccv-2020-workshops", year: 2020, month: null }],
    ["Nature", { id: "nature", name: "Nature" }, { id: "nature", year: null, month: null }],
  ])("%s", (venue, conference, proceeding) => {
    expect(proceedingOfVenue(venue)).toEqual({ conference, proceeding });
  });

  it("none for no venue", () => {
    expect(proceedingOfVenue(null)).toBeNull();
    expect(proceedingOfVenue("  ")).toBeNull();
  });
});

describe("an author's id", () => {
  it("is the name in lower case, words joined by hyphens, every script's letters kept", () => {
    expect(authorIdOf("Ashish Vaswani")).toBe("ashish-vaswani");
    expect(authorIdOf("José García")).toBe("josé-garcía");
    expect(authorIdOf("Kaiming  He")).toBe(authorIdOf("kaiming he"));
    expect(authorIdOf("王伟")).toBe("王伟");
  });

  it("leads to words the database finds whatever their case", () => {
    expect(authorSearchWords("émile-zola")).toEqual(["mile", "zola"]);
    expect(authorSearchWords("王伟")).toEqual(["王伟"]);
  });
});

describe("rate-limit headers", () => {
  it("are all four or none", () => {
    expect(withRateLimitHeaders({ "Content-Language": "en" }, 60_000)).toEqual({ "Content-Language": "en" });
    const now = Date.UTC(2026, 0, 1, 12, 0, 45);
    expect(withRateLimitHeaders({ "X-RateLimit-Limit": "600", "X-RateLimit-Remaining": "599" }, 60_000, now)).toEqual({
      "X-RateLimit-Limit": "600",
      "X-RateLimit-Remaining": "599",
      "X-RateLimit-Reset": "15",
      "X-RateLimit-Retry": "0",
    });
    expect(withRateLimitHeaders({ "X-RateLimit-Limit": "600", "X-RateLimit-Remaining": "0", "Retry-After": "15" }, 60_000, now)).toMatchObject({
      "X-RateLimit-Retry": "15",
    });
  });

  it("count the seconds to the end of the fixed window", () => {
    expect(secondsToWindowEnd(60_000, Date.UTC(2026, 0, 1, 12, 0, 0))).toBe(60);
    expect(secondsToWindowEnd(60_000, Date.UTC(2026, 0, 1, 12, 0, 59, 500))).toBe(1);
  });
});
