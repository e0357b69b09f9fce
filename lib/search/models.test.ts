import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestBenchmark } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { findPaperByIdentifier, parseIdentifier, searchLeaderboardNames, searchModelNames } from "./index";

beforeEach(resetDatabase);

/** A benchmark whose results carry these model names, the first best (values 90, 80, 70…). */
async function boardWith(models: string[]) {
  const board = await createTestBenchmark(
    undefined,
    models.map((_, i) => 90 - 10 * i),
  );
  for (const [i, result] of board.results.entries()) await prisma.result.update({ where: { id: result.id }, data: { modelName: models[i] } });
  return board;
}

describe("searchModelNames", () => {
  it("groups a model's results by name, with its leaderboards and best rank", async () => {
    const first = await boardWith(["EfficientNet-B7", "ResNet-50"]);
    const second = await boardWith(["ResNet-50", "ViT-L/16"]);
    await boardWith(["ResNet-101"]);
    const { total, hits } = await searchModelNames("resnet");
    expect(total).toBe(2);
    expect(hits[0]).toMatchObject({ name: "ResNet-50", boardCount: 2, bestRank: 1 });
    expect(hits[0].boards.map((board) => [board.slug, board.rank])).toEqual([
      [second.benchmark.slug, 1],
      [first.benchmark.slug, 2],
    ]);
    expect(hits[1]).toMatchObject({ name: "ResNet-101", boardCount: 1, bestRank: 1 });
    expect((await searchModelNames("resnet 101")).hits.map((hit) => hit.name)).toEqual(["ResNet-101"]);
  });

  it("puts the name typed exactly first, follows a renamed model, and leaves retracted results out", async () => {
    const board = await boardWith(["BERT-large", "BERT"]);
    expect((await searchModelNames("bert")).hits.map((hit) => hit.name)).toEqual(["BERT", "BERT-large"]);
    await prisma.result.update({ where: { id: board.results[0].id }, data: { modelName: "RoBERTa" } });
    await prisma.result.update({ where: { id: board.results[1].id }, data: { status: "RETRACTED" } });
    expect((await searchModelNames("bert")).hits).toEqual([]);
    expect((await searchModelNames("roberta")).hits.map((hit) => hit.name)).toEqual(["RoBERTa"]);
  });
});

describe("searchLeaderboardNames", () => {
  it("finds a leaderboard by a model on it, by its task and dataset together, most results first", async () => {
    const squad = await boardWith(["BERT-large", "XLNet"]);
    const other = await boardWith(["BERT-base", "GPT-2", "T5"]);
    const found = await searchLeaderboardNames("bert");
    expect(found.total).toBe(2);
    expect(found.hits.map((hit) => hit.slug)).toEqual([other.benchmark.slug, squad.benchmark.slug]);
    expect(found.hits[1]).toMatchObject({ task: squad.task.name, dataset: squad.dataset.name, results: 2, models: ["BERT-large"] });

    const words = `${squad.task.name.split(" ").at(-1)} ${squad.dataset.name.split(" ").at(-1)}`;
    expect((await searchLeaderboardNames(words)).hits.map((hit) => hit.slug)).toEqual([squad.benchmark.slug]);
    expect((await searchLeaderboardNames(`${words} xlnet`)).hits.map((hit) => hit.slug)).toEqual([squad.benchmark.slug]);
    expect((await searchLeaderboardNames(`${words} gpt`)).hits).toEqual([]);
  });
});

describe("identifiers", () => {
  it("reads arXiv ids and DOIs however they are written, and nothing else", () => {
    for (const text of ["2010.11929", "arXiv:2010.11929", "arxiv: 2010.11929v2", "https://arxiv.org/abs/2010.11929v1", "http://arxiv.org/pdf/2010.11929.pdf"]) {
      expect(parseIdentifier(text), text).toEqual({ kind: "arxiv", id: "2010.11929" });
    }
    expect(parseIdentifier("hep-th/9901001")).toEqual({ kind: "arxiv", id: "hep-th/9901001" });
    expect(parseIdentifier("https://doi.org/10.1109/CVPR.2016.90")).toEqual({ kind: "doi", id: "10.1109/CVPR.2016.90" });
    expect(parseIdentifier("doi:10.18653/v1/N19-1423")).toEqual({ kind: "doi", id: "10.18653/v1/N19-1423" });
    for (const text of ["resnet", "2010", "2010.11929 vit", "10.5 accuracy"]) expect(parseIdentifier(text), text).toBeNull();
  });

  it("finds the paper by arXiv id, and by a DOI in its address whatever the case", async () => {
    await prisma.paper.create({ data: { slug: "vit", title: "An Image is Worth 16x16 Words", sourceKey: "arxiv:2010.11929", arxivId: "2010.11929" } });
    await prisma.paper.create({ data: { slug: "resnet", title: "Deep Residual Learning", sourceKey: "url:doi", url: "https://doi.org/10.1109/CVPR.2016.90" } });
    expect(await findPaperByIdentifier(parseIdentifier("arXiv:2010.11929v2")!)).toEqual({ slug: "vit", title: "An Image is Worth 16x16 Words" });
    expect(await findPaperByIdentifier(parseIdentifier("10.1109/cvpr.2016.90")!)).toMatchObject({ slug: "resnet" });
    expect(await findPaperByIdentifier(parseIdentifier("2101.00001")!)).toBeNull();
  });
});
