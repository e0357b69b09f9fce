import { describe, expect, it } from "vitest";
import { editDistance, findNearNames, normalizeName } from "./near-names";

const catalogue = [
  { id: "1", name: "ImageNet" },
  { id: "2", name: "CIFAR-10", aliases: ["CIFAR10 (Krizhevsky)"] },
  { id: "3", name: "Question Answering", aliases: ["QA"] },
  { id: "4", name: "Image Classification" },
  { id: "5", name: "Semantic Segmentation" },
];

describe("near names", () => {
  it("normalizes case, accents and punctuation", () => {
    expect(normalizeName("CIFAR-10")).toBe(normalizeName("cifar 10"));
    expect(normalizeName("Café")).toBe("cafe");
  });

  it("computes the edit distance, giving up above the limit", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("kitten", "sitting", 2)).toBe(Number.POSITIVE_INFINITY);
  });

  it("finds the entry for case, punctuation, typos and aliases", () => {
    expect(findNearNames("cifar10", catalogue)[0]).toMatchObject({ id: "2", reason: "case or punctuation" });
    expect(findNearNames("Imagenet", catalogue)[0]).toMatchObject({ id: "1", reason: "case or punctuation" });
    expect(findNearNames("Image Clasification", catalogue)[0]).toMatchObject({ id: "4", reason: "spelling", distance: 1 });
    expect(findNearNames("Semantic Segmentaiton", catalogue)[0]).toMatchObject({ id: "5", reason: "spelling", distance: 2 });
    expect(findNearNames("CIFAR10 (Krizhevsky)", catalogue)[0]).toMatchObject({ id: "2", reason: "alias" });
    expect(findNearNames("Question Answering", catalogue)[0]).toMatchObject({ id: "3", reason: "same name" });
  });

  it("finds nothing for a new name, nor for short names one letter apart", () => {
    expect(findNearNames("Protein Folding", catalogue)).toEqual([]);
    expect(findNearNames("QB", catalogue)).toEqual([]);
  });
});
