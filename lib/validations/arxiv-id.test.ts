import { describe, expect, it } from "vitest";
import { arxivRefProblem, checkArxivId } from "./arxiv-id";
import { PaperChoiceSchema } from "./submission";

describe("checkArxivId", () => {
  it.each([
    ["1512.03385", "1512.03385"],
    ["arXiv:1512.03385v2", "1512.03385v2"],
    ["2010.11929", "2010.11929"],
    ["1409.1556", "1409.1556"],
    ["0704.0001", "0704.0001"],
    ["1412.9999v3", "1412.9999v3"],
    ["hep-th/9901001", "hep-th/9901001"],
    ["math.GT/0309136v1", "math.gt/0309136v1"],
    ["cond-mat/0703001", "cond-mat/0703001"],
  ])("accepts %s as %s", (raw, id) => {
    expect(checkArxivId(raw)).toEqual({ id, problem: null });
  });

  it.each([
    ["1605.0714", /since 2015 \(1501\) the number after the dot has 5 digits/],
    ["9999.99999", /99 is no month/],
    ["1513.12345", /13 is no month/],
    ["1500.12345", /00 is no month/],
    ["1412.12345", /before 2015 \(1501\) the number after the dot has 4 digits/],
    ["0612.1234", /start in April 2007/],
    ["1512.033855", /5 digits/],
    ["1512.03385v0", /write it like 1512.03385/],
    ["hep-th/9913001", /13 is no month/],
    ["hep-th/1201001", /run from 1991 to March 2007/],
    ["hep-th/990100", /write it like/],
  ])("refuses %s", (raw, message) => {
    const check = checkArxivId(raw);
    expect(check.id).toBeNull();
    expect(check.problem).toMatch(message);
  });
});

describe("arxivRefProblem", () => {
  it("checks ids and arxiv.org addresses, and leaves other references alone", () => {
    expect(arxivRefProblem("1605.0714")).toMatch(/5 digits/);
    expect(arxivRefProblem("https://arxiv.org/abs/9999.99999")).toMatch(/no month/);
    expect(arxivRefProblem("https://arxiv.org/pdf/1512.03385v1.pdf")).toBeNull();
    expect(arxivRefProblem("arXiv:1605.0714")).toMatch(/5 digits/);
    expect(arxivRefProblem("https://example.org/paper")).toBeNull();
    expect(arxivRefProblem("")).toBeNull();
    expect(arxivRefProblem("1512.03385")).toBeNull();
  });
});

describe("the paper's schema, shared by the form and the server", () => {
  const paper = (ref: string) => ({ ref, title: "", authors: "", publishedAt: "" });

  it("refuses a malformed arXiv id at the reference, with the reason", () => {
    const parsed = PaperChoiceSchema.safeParse(paper("1605.0714"));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toMatchObject([{ path: ["ref"], message: expect.stringMatching(/5 digits/) }]);
    expect(PaperChoiceSchema.safeParse(paper("9999.99999")).success).toBe(false);
  });

  it("accepts valid ids, addresses, and an abstract or none", () => {
    expect(PaperChoiceSchema.safeParse(paper("1512.03385")).success).toBe(true);
    expect(PaperChoiceSchema.safeParse(paper("https://example.org/x")).success).toBe(true);
    expect(PaperChoiceSchema.parse({ ...paper(""), abstract: "  An abstract.  " }).abstract).toBe("An abstract.");
  });
});
