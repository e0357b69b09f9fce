import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import { slugify, uniqueSlug, uniqueSlugs } from "./slug";

describe("slugify", () => {
  it("writes names as the old site's slugs", () => {
    expect(slugify("Image Classification on ImageNet")).toBe("image-classification-on-imagenet");
    expect(slugify("CMRC 2018 (Chinese Machine Reading Comprehension 2018)")).toBe("cmrc-2018-chinese-machine-reading-comprehension-2018");
    expect(slugify("MLP + C&S")).toBe("mlp-plus-c-and-s");
    expect(slugify("Élan vital — naïve")).toBe("elan-vital-naive");
  });

  it("falls back when nothing readable is left, and keeps slugs short", () => {
    expect(slugify("中文阅读理解")).toBe("untitled");
    expect(slugify("???", "paper")).toBe("paper");
    const long = slugify("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("-")).toBe(false);
  });
});

describe("uniqueSlugs", () => {
  beforeEach(resetDatabase);

  const takenTaskSlugs = async (slugs: string[]) =>
    (await prisma.task.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })).map((task) => task.slug);

  it("adds a number to a slug that is taken, in the database or earlier in the batch", async () => {
    await prisma.task.create({ data: { name: "Question Answering", slug: "question-answering" } });
    await prisma.task.create({ data: { name: "Question Answering 2", slug: "question-answering-2" } });

    expect(await uniqueSlugs(["question-answering", "question-answering", "qa"], takenTaskSlugs)).toEqual([
      "question-answering-3",
      "question-answering-4",
      "qa",
    ]);
    expect(await uniqueSlug("Question Answering", takenTaskSlugs)).toBe("question-answering-3");
  });

  it("looks further when the first suffixes are all taken", async () => {
    const taken = new Set(["x", ...Array.from({ length: 30 }, (_, i) => `x-${i + 2}`)]);
    const findTaken = async (slugs: string[]) => slugs.filter((slug) => taken.has(slug));
    expect(await uniqueSlugs(["x"], findTaken)).toEqual(["x-32"]);
  });
});
