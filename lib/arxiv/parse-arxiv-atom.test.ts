import { describe, expect, it } from "vitest";
import { readArxivFixture } from "./arxiv-fixtures";
import { parseArxivAtom } from "./parse-arxiv-atom";

describe("parseArxivAtom", () => {
  it("reads a paper's id, title, authors in order, first version's date and abstract on one line", () => {
    const answer = parseArxivAtom(readArxivFixture("1512.03385.xml"));
    expect(answer.kind).toBe("found");
    if (answer.kind !== "found") return;
    expect(answer.paper).toMatchObject({
      arxivId: "1512.03385",
      title: "Deep Residual Learning for Image Recognition",
      authors: ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
      publishedAt: "2015-12-10",
    });
    expect(answer.paper.abstract).toMatch(/^Deeper neural networks are more difficult to train\. We present a residual learning framework/);
    expect(answer.paper.abstract).toContain("ILSVRC & COCO 2015 competitions");
    expect(answer.paper.abstract).not.toMatch(/\n|\s{2}/);
  });

  it("joins a wrapped title, drops the version from the id and keeps the first version's date", () => {
    const answer = parseArxivAtom(readArxivFixture("2010.11929.xml"));
    if (answer.kind !== "found") throw new Error(`expected a paper, got ${answer.kind}`);
    expect(answer.paper.arxivId).toBe("2010.11929");
    expect(answer.paper.title).toBe("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale");
    expect(answer.paper.authors).toHaveLength(12);
    expect(answer.paper.authors.at(-1)).toBe("Neil Houlsby");
    expect(answer.paper.publishedAt).toBe("2020-10-22");
  });

  it("tells an unknown id (no entry) from arXiv's own error entry", () => {
    expect(parseArxivAtom(readArxivFixture("empty.xml"))).toEqual({ kind: "missing" });
    expect(parseArxivAtom(readArxivFixture("error.xml"))).toEqual({ kind: "error", message: "incorrect id format for 1605.0714" });
    expect(parseArxivAtom("not xml at all")).toEqual({ kind: "missing" });
  });

  it("decodes numeric character references", () => {
    const xml = readArxivFixture("1409.1556.xml").replace("Very Deep", "Tr&#232;s &#x201C;Deep&#x201D;");
    const answer = parseArxivAtom(xml);
    expect(answer.kind === "found" && answer.paper.title).toBe("Très “Deep” Convolutional Networks for Large-Scale Image Recognition");
  });
});
