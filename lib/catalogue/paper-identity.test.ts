import { describe, expect, it } from "vitest";
import { fallbackPaperTitle, identifyPaper, normaliseUrl, parseArxivId } from "./paper-identity";

describe("parseArxivId", () => {
  it.each([
    ["https://arxiv.org/abs/1711.05568", "1711.05568"],
    ["https://arxiv.org/abs/2104.09376v3", "2104.09376"],
    ["https://arxiv.org/pdf/1711.03953.pdf", "1711.03953"],
    ["https://arxiv.org/pdf/1711.03953v2.pdf", "1711.03953"],
    ["https://arxiv.org/pdf/2009.03509v1", "2009.03509"],
    ["http://www.arxiv.org/abs/1606.05250/", "1606.05250"],
    ["https://export.arxiv.org/abs/1102.0183", "1102.0183"],
    ["https://arxiv.org/abs/cs/0112017v1", "cs/0112017"],
    ["https://arxiv.org/abs/math.GT/0309136", "math.GT/0309136"],
  ])("reads %s", (url, id) => {
    expect(parseArxivId(url)).toBe(id);
  });

  it.each(["https://openreview.net/pdf?id=S1NHaMW0b", "https://arxiv.org/list/cs.CL/recent", "https://notarxiv.org/abs/1711.05568", "not a url", ""])(
    "finds no id in %j",
    (url) => {
      expect(parseArxivId(url)).toBeNull();
    },
  );
});

describe("normaliseUrl", () => {
  it("spells an address one way", () => {
    expect(normaliseUrl("http://www.Example.org/Paper/#section")).toBe("https://example.org/Paper");
    expect(normaliseUrl("https://openreview.net/pdf?id=S1NHaMW0b")).toBe("https://openreview.net/pdf?id=S1NHaMW0b");
    expect(normaliseUrl("ftp://example.org/file")).toBeNull();
    expect(normaliseUrl("Please tell us")).toBeNull();
  });
});

describe("identifyPaper", () => {
  it("keys an arXiv paper by its id, whatever its URL", () => {
    expect(identifyPaper("BERT", "https://arxiv.org/pdf/1810.04805v2.pdf")).toEqual({
      sourceKey: "arxiv:1810.04805",
      title: "BERT",
      arxivId: "1810.04805",
      url: "https://arxiv.org/abs/1810.04805",
      pdfUrl: "https://arxiv.org/pdf/1810.04805",
    });
  });

  it("keys another paper by its normalised URL, else by its title", () => {
    expect(identifyPaper("ShakeDrop regularization", "https://openreview.net/pdf?id=S1NHaMW0b")?.sourceKey).toBe("https://openreview.net/pdf?id=S1NHaMW0b");
    expect(identifyPaper("A large annotated corpus", "http://nlp.stanford.edu/pubs/snli_paper.pdf")).toMatchObject({
      sourceKey: "https://nlp.stanford.edu/pubs/snli_paper.pdf",
      pdfUrl: "http://nlp.stanford.edu/pubs/snli_paper.pdf",
    });
    expect(identifyPaper("UNSUPERVISED MACHINE TRANSLATION\nUSING  MONOLINGUAL", "")).toMatchObject({
      sourceKey: "title:unsupervised machine translation using monolingual",
      title: "UNSUPERVISED MACHINE TRANSLATION USING MONOLINGUAL",
    });
  });

  it("makes no paper of nothing, and none of a code repository", () => {
    expect(identifyPaper("", "")).toBeNull();
    expect(identifyPaper(null, null)).toBeNull();
    expect(identifyPaper("https://github.com/jfhealthcare/Chexpert", "https://github.com/jfhealthcare/Chexpert")).toBeNull();
  });

  it("takes a title that is an address as the address", () => {
    expect(identifyPaper("https://arxiv.org/abs/2012.03173", "https://arxiv.org/abs/2012.03173")).toMatchObject({
      sourceKey: "arxiv:2012.03173",
      title: null,
    });
    expect(identifyPaper("(Singapore Management University) https://arxiv.org/abs/1608.07905", "(Singapore) https://arxiv.org/abs/1608.07905")).toMatchObject({
      sourceKey: "arxiv:1608.07905",
      title: null,
    });
  });

  it("names an untitled paper by its arXiv id or its address", () => {
    expect(fallbackPaperTitle(identifyPaper("", "https://arxiv.org/abs/2104.09376")!)).toBe("arXiv:2104.09376");
    expect(fallbackPaperTitle(identifyPaper("", "http://vietai.org")!)).toBe("http://vietai.org");
  });
});
