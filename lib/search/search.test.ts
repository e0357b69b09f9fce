import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import { splitHighlights, withoutMarkdown, MATCH_END, MATCH_START } from "./highlight";
import { searchCatalogue, type SearchKind } from "./index";
import { toTsQuery } from "./postgresql";
import { toFtsQuery } from "./sqlite";
import { searchTerms } from "./terms";

let serial = 0;

async function createPaper(title: string, abstract = "", authors: string[] = []) {
  serial += 1;
  return prisma.paper.create({
    data: {
      slug: `paper-${serial}`,
      sourceKey: `test:${serial}`,
      title,
      abstract,
      authors: { create: authors.map((name, position) => ({ name, position })) },
    },
  });
}

async function titles(query: string, kind: SearchKind = "paper") {
  const [group] = await searchCatalogue(query, { kind, limit: 20 });
  return group.hits.map((hit) => hit.title.map((run) => run.text).join(""));
}

beforeEach(resetDatabase);

describe("searchCatalogue", () => {
  it("ranks a title match above an abstract match", async () => {
    await createPaper("A study of optimisers", "We compare quasiconvex objectives at length.");
    await createPaper("Quasiconvex objectives for deep networks", "A short abstract.");
    expect(await titles("quasiconvex")).toEqual(["Quasiconvex objectives for deep networks", "A study of optimisers"]);
  });

  it("matches every word as a prefix, and requires all of them", async () => {
    await createPaper("Deep Residual Learning for Image Recognition");
    await createPaper("Residual attention for speech");
    expect(await titles("resid")).toHaveLength(2);
    expect(await titles("resid imag")).toEqual(["Deep Residual Learning for Image Recognition"]);
    expect(await titles("residual transformers")).toEqual([]);
  });

  it("stems words and ignores diacritics", async () => {
    await createPaper("Transformer models", "Scores by the Fréchet Inception Distance.");
    expect(await titles("transformers")).toEqual(["Transformer models"]);
    expect(await titles("frechet")).toEqual(["Transformer models"]);
  });

  it("reads odd input as plain words, never as query syntax", async () => {
    await createPaper("Android and iOS benchmarks", "Near-duplicate detection with NEAR queries.");
    for (const query of ['"', "AND(", "NEAR(", "*", '"unbalanced', "title:android", "-ios", "^near", "a OR", "(((", "' OR 1=1 --"]) {
      await expect(searchCatalogue(query), query).resolves.toHaveLength(4);
    }
    expect(await titles("AND(")).toEqual(["Android and iOS benchmarks"]);
    expect(await titles("title:android")).toEqual([]);
    expect(await titles('"near')).toEqual(["Android and iOS benchmarks"]);
  });

  it("returns empty groups for a query without words", async () => {
    await createPaper("Anything");
    const groups = await searchCatalogue("  ?! ");
    expect(groups.map((group) => [group.kind, group.total])).toEqual([
      ["paper", 0],
      ["task", 0],
      ["dataset", 0],
      ["method", 0],
    ]);
  });

  it("finds a paper by its new title after an edit, and not after deletion", async () => {
    const paper = await createPaper("Provisional title", "", ["Ada Lovelace"]);
    await prisma.paper.update({ where: { id: paper.id }, data: { title: "Analytical engines revisited" } });
    expect(await titles("provisional")).toEqual([]);
    expect(await titles("analytical")).toEqual(["Analytical engines revisited"]);
    expect(await titles("lovelace")).toEqual(["Analytical engines revisited"]);

    await prisma.paperAuthor.create({ data: { paperId: paper.id, position: 1, name: "Charles Babbage" } });
    expect(await titles("babbage")).toEqual(["Analytical engines revisited"]);

    await prisma.paper.delete({ where: { id: paper.id } });
    expect(await titles("analytical")).toEqual([]);
  });

  it("finds tasks by synonym, datasets by their parent's name, methods by full name", async () => {
    const task = await prisma.task.create({ data: { slug: "asr", name: "Speech Recognition", synonyms: { create: [{ name: "ASR" }] } } });
    const parent = await prisma.dataset.create({ data: { slug: "librispeech", name: "LibriSpeech" } });
    await prisma.dataset.create({ data: { slug: "librispeech-test-clean", name: "test-clean", parentId: parent.id } });
    await prisma.method.create({ data: { slug: "lstm", name: "LSTM", fullName: "Long Short-Term Memory", category: "Recurrent" } });

    expect(await titles("asr", "task")).toEqual(["Speech Recognition"]);
    expect(await titles("librispeech clean", "dataset")).toEqual(["LibriSpeech test-clean"]);
    expect(await titles("long short", "method")).toEqual(["LSTM"]);

    await prisma.taskSynonym.deleteMany({ where: { taskId: task.id } });
    expect(await titles("asr", "task")).toEqual([]);
    await prisma.dataset.update({ where: { id: parent.id }, data: { name: "LibriSpeech ASR corpus" } });
    expect(await titles("corpus clean", "dataset")).toEqual(["LibriSpeech ASR corpus test-clean"]);
  });

  it("marks the matched words and gives each hit its slug and context", async () => {
    await createPaper("Deep Residual Learning", "Residual functions make deep networks trainable.", [
      "Kaiming He",
      "Xiangyu Zhang",
      "Shaoqing Ren",
      "Jian Sun",
    ]);
    const [group] = await searchCatalogue("residual", { kind: "paper" });
    const [hit] = group.hits;
    expect(hit.title).toEqual([
      { text: "Deep ", isMatch: false },
      { text: "Residual", isMatch: true },
      { text: " Learning", isMatch: false },
    ]);
    expect(hit.snippet[0]).toEqual({ text: "Residual", isMatch: true });
    expect(hit.slug).toMatch(/^paper-/);
    expect(hit.context).toContain("Kaiming He, Xiangyu Zhang, Shaoqing Ren et al.");
  });

  it("cuts a long abstract around the match, marking where it was cut", async () => {
    const filler = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
    await createPaper("Marsupials at scale", `Quokkas ${filler}.`);
    await createPaper("Marsupials in depth", `${filler} wombats ${filler}.`);
    const snippets = async (query: string) => {
      const [group] = await searchCatalogue(query, { kind: "paper" });
      return group.hits.map((hit) => hit.snippet.map((run) => run.text).join(""));
    };
    const [start] = await snippets("quokkas");
    expect(start).toMatch(/^Quokkas word0 .*…$/);
    const [middle] = await snippets("wombats");
    expect(middle).toMatch(/^….*wombats .*…$/);
  });

  it("counts all matches and pages through them", async () => {
    for (const n of [1, 2, 3]) await createPaper(`Graph network ${n}`);
    const [first] = await searchCatalogue("graph", { kind: "paper", limit: 2 });
    const [second] = await searchCatalogue("graph", { kind: "paper", limit: 2, offset: 2 });
    const [beyond] = await searchCatalogue("graph", { kind: "paper", limit: 2, offset: 10 });
    expect([first.total, first.hits.length, second.total, second.hits.length, beyond.total, beyond.hits.length]).toEqual([3, 2, 3, 1, 3, 0]);
  });
});

describe("query building", () => {
  it("keeps letters and digits only, lower-cased and without repeats", () => {
    expect(searchTerms('ViT-H/14 "AND( vit')).toEqual(["vit", "h", "14", "and"]);
    expect(searchTerms("Réseau 16x16")).toEqual(["réseau", "16x16"]);
  });

  it("quotes every term as an FTS5 string with a prefix star", () => {
    expect(toFtsQuery(["near", 'a"b'])).toBe('"near"* "a""b"*');
  });

  it("quotes every term as a PostgreSQL lexeme matched as a prefix, all of them required", () => {
    expect(toTsQuery(["near", "a'b"])).toBe("'near':* & 'a''b':*");
  });

  it("drops markdown from snippets, keeping link texts", () => {
    const runs = [
      { text: "**", isMatch: false },
      { text: "Image", isMatch: true },
      { text: " classification** uses `top-1`, see [the paper](https://arxiv.org/abs/1", isMatch: false },
    ];
    expect(
      withoutMarkdown(runs)
        .map((run) => run.text)
        .join(""),
    ).toBe("Image classification uses top-1, see the paper");
  });

  it("splits marked-up text into runs", () => {
    expect(splitHighlights(`a ${MATCH_START}b${MATCH_END} c`)).toEqual([
      { text: "a ", isMatch: false },
      { text: "b", isMatch: true },
      { text: " c", isMatch: false },
    ]);
  });
});
