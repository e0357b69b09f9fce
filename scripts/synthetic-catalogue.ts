import { once } from "node:events";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { ARCHIVE_FILE_NAMES } from "@/lib/import/archive-files";
import { createRandom, type Random } from "./synthetic-archive";

// The archive's other four files (papers-with-abstracts.json, links-between-papers-and-code.json,
// methods.json, datasets.json), synthetic and shaped like the real ones (docs/archive-format.md), at
// their size: hundreds of thousands of papers with abstracts, authors, tasks and methods, code links,
// methods with collections, datasets with modalities, tasks and variants. Papers are written one at a
// time (memory holds counters, never a file); the same seed gives the same bytes. A few rows repeat
// one before them word for word, as the real files do: the importer merges them.

export type CatalogueSize = { papers: number; links: number; methods: number; datasets: number };

/** The real archive's last counts (July 2025). */
export const FULL_CATALOGUE: CatalogueSize = { papers: 576_261, links: 300_161, methods: 8_725, datasets: 15_008 };

export function scaledCatalogue(factor: number): CatalogueSize {
  const scale = (n: number, min: number) => Math.max(min, Math.round(n * factor));
  return {
    papers: scale(FULL_CATALOGUE.papers, 20),
    links: scale(FULL_CATALOGUE.links, 10),
    methods: scale(FULL_CATALOGUE.methods, 8),
    datasets: scale(FULL_CATALOGUE.datasets, 8),
  };
}

export type CatalogueCounts = CatalogueSize & { repeated: Record<keyof CatalogueSize, number>; bytes: Record<keyof CatalogueSize, number> };

const WORDS = (
  "we propose novel method learning model network deep neural training data results show state art performance " +
  "task benchmark approach representation attention transformer graph image text language visual features large " +
  "scale experiments demonstrate significantly outperforms existing methods robust efficient framework supervised"
).split(" ");
const FIRST = [
  "Ada",
  "Ben",
  "Chen",
  "Dana",
  "Eli",
  "Fatima",
  "Guo",
  "Hana",
  "Ivan",
  "Jun",
  "Kai",
  "Lea",
  "Mei",
  "Nia",
  "Omar",
  "Priya",
  "Rui",
  "Sara",
  "Tom",
  "Yuki",
];
const LAST = ["Smith", "Wang", "Kumar", "Garcia", "Müller", "Kim", "Nguyen", "Rossi", "Sato", "Okafor", "Li", "Zhang", "Novak", "Silva", "Cohen"];
const VENUES = ["NeurIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "ACL", "EMNLP", "NAACL", "AAAI", "IJCAI", "KDD"];
const AREAS: [string, string][] = [
  ["general", "General"],
  ["computer-vision", "Computer Vision"],
  ["natural-language-processing", "Natural Language Processing"],
  ["reinforcement-learning", "Reinforcement Learning"],
  ["sequential", "Sequential"],
  ["graphs", "Graphs"],
  ["audio", "Audio"],
];
const COLLECTION_HEADS = [
  "Attention Mechanisms",
  "Activation Functions",
  "Normalization",
  "Convolutional Neural Networks",
  "Transformers",
  "Language Models",
  "Policy Gradient Methods",
  "Graph Models",
  "Recurrent Neural Networks",
  "Generative Models",
  "Regularization",
  "Stochastic Optimization",
];
const MODALITIES = ["Images", "Texts", "Videos", "Audio", "Medical", "3D", "Graphs", "Time series", "Tabular", "Speech"];
const TASK_WORDS = [
  "Image Classification",
  "Object Detection",
  "Semantic Segmentation",
  "Question Answering",
  "Machine Translation",
  "Language Modelling",
  "Speech Recognition",
  "Node Classification",
  "Link Prediction",
  "Text Classification",
  "Named Entity Recognition",
  "Pose Estimation",
  "Image Generation",
  "Action Recognition",
  "Depth Estimation",
];
const FRAMEWORKS = ["pytorch", "pytorch", "pytorch", "tf", "tf", "jax", "none", "none"];

const base36 = (n: number) => n.toString(36);
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
const sentence = (random: Random, words: number) => {
  const list = Array.from({ length: words }, () => random.pick(WORDS));
  return `${list.join(" ").replace(/^./, (c) => c.toUpperCase())}.`;
};
const taskName = (i: number) => `${TASK_WORDS[i % TASK_WORDS.length]}${i < TASK_WORDS.length ? "" : ` ${Math.floor(i / TASK_WORDS.length) + 1}`}`;
const collectionOf = (i: number) => {
  const [areaId, area] = AREAS[i % AREAS.length];
  return {
    collection: `${COLLECTION_HEADS[i % COLLECTION_HEADS.length]}${i < COLLECTION_HEADS.length ? "" : ` ${Math.floor(i / COLLECTION_HEADS.length) + 1}`}`,
    area_id: areaId,
    area,
  };
};

/** Paper i as the papers file has it; the links, methods and datasets files name the same papers. */
function paperOf(i: number, random: Random) {
  const title = `${sentence(random, 4).slice(0, -1)} ${base36(i).toUpperCase()}`;
  const hasArxiv = random.chance(0.85);
  const arxiv = `15${String(1 + Math.floor(i / 90_000)).padStart(2, "0")}.${10_000 + (i % 90_000)}`;
  const year = 2013 + random.int(12);
  return {
    slug: slug(title),
    title,
    arxivId: hasArxiv ? arxiv : null,
    urlAbs: hasArxiv ? `http://arxiv.org/abs/${arxiv}v${1 + random.int(3)}` : `https://openreview.net/forum?id=${base36(i * 7919)}`,
    urlPdf: hasArxiv ? `http://arxiv.org/pdf/${arxiv}v1.pdf` : `https://openreview.net/pdf?id=${base36(i * 7919)}`,
    date: `${year}-${String(1 + random.int(12)).padStart(2, "0")}-${String(1 + random.int(28)).padStart(2, "0")}`,
    year,
  };
}

function methodOf(i: number, random: Random, papers: number) {
  const collections = [collectionOf(random.int(330))];
  if (random.chance(0.2)) collections.push(collectionOf(random.int(330)));
  const paperIndex = random.chance(0.6) ? random.int(papers) : -1;
  const paper = paperIndex >= 0 ? paperOf(paperIndex, createRandom(paperIndex + 1)) : null;
  const name = `${random.pick(["Res", "Attn", "Norm", "Conv", "Drop", "Gate", "Pool", "Embed"])}${base36(i).toUpperCase()}`;
  return {
    url: `https://paperswithcode.com/method/${slug(name)}`,
    name,
    full_name: `${name} ${random.pick(["Block", "Layer", "Unit", "Network", "Module"])}`,
    description: `**${name}** ${sentence(random, 25)} ${sentence(random, 18)}`,
    paper: paper && { title: paper.title, url: `https://paperswithcode.com/paper/${paper.slug}` },
    introduced_year: paper ? paper.year : 2000,
    source_url: paper ? paper.urlAbs : null,
    source_title: paper ? paper.title : null,
    code_snippet_url: random.chance(0.3) ? `https://github.com/${base36(i * 31)}/${base36(i * 37)}/blob/main/model.py#L${1 + random.int(400)}` : null,
    num_papers: random.int(2000),
    collections,
  };
}

function writerFor(file: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  const stream = createWriteStream(file);
  let count = 0;
  let bytes = 0;
  return {
    async item(value: unknown) {
      const text = `${count++ === 0 ? "[\n" : ",\n"}${JSON.stringify(value)}`;
      bytes += Buffer.byteLength(text);
      if (!stream.write(text)) await once(stream, "drain");
    },
    async close(): Promise<number> {
      const tail = count === 0 ? "[]\n" : "\n]\n";
      bytes += tail.length;
      await new Promise<void>((resolve, reject) => {
        stream.once("error", reject);
        stream.end(tail, () => resolve());
      });
      return bytes;
    },
  };
}

/** Writes the four files into `directory` under the archive's names. */
export async function writeSyntheticCatalogue(directory: string, seed: number, size: CatalogueSize = FULL_CATALOGUE): Promise<CatalogueCounts> {
  const random = createRandom(seed);
  const repeated = { papers: 0, links: 0, methods: 0, datasets: 0 };
  const bytes = { papers: 0, links: 0, methods: 0, datasets: 0 };
  const file = (name: string) => path.join(directory, name);
  const repeatRate = 0.002;

  const methods = writerFor(file(ARCHIVE_FILE_NAMES.methods));
  for (let i = 0; i < size.methods; i++) {
    const method = methodOf(i, createRandom(seed * 1_000_003 + i), size.papers);
    await methods.item(method);
    if (random.chance(repeatRate)) {
      await methods.item(method);
      repeated.methods++;
    }
  }
  bytes.methods = await methods.close();

  const papers = writerFor(file(ARCHIVE_FILE_NAMES.papers));
  const links = writerFor(file(ARCHIVE_FILE_NAMES.links));
  let linkCount = 0;
  for (let i = 0; i < size.papers; i++) {
    const paper = paperOf(i, createRandom(i + 1));
    const entry = {
      paper_url: `https://paperswithcode.com/paper/${paper.slug}`,
      arxiv_id: paper.arxivId,
      nips_id: null,
      openreview_id: paper.arxivId ? null : paper.urlAbs.split("=")[1],
      title: paper.title,
      abstract: Array.from({ length: 4 + random.int(5) }, () => sentence(random, 12 + random.int(14))).join(" "),
      short_abstract: null,
      url_abs: paper.urlAbs,
      url_pdf: paper.urlPdf,
      proceeding: random.chance(0.3) ? `${random.pick(VENUES)} ${paper.year} ${1 + random.int(12)}` : null,
      authors: Array.from({ length: 1 + random.int(7) }, () => `${random.pick(FIRST)} ${random.pick(LAST)}`),
      tasks: Array.from(new Set(Array.from({ length: random.int(4) }, () => taskName(random.int(1_500))))),
      date: paper.date,
      conference_url_abs: null,
      conference_url_pdf: null,
      conference: null,
      reproduces_paper: null,
      methods: Array.from({ length: random.int(4) }, () => {
        const index = random.int(size.methods);
        const method = methodOf(index, createRandom(seed * 1_000_003 + index), size.papers);
        const main = method.collections[0];
        const { url: _url, paper: _paper, num_papers: _count, collections: _collections, ...named } = method;
        return { ...named, main_collection: { name: main.collection, description: `${main.collection}.`, parent: null, area: main.area } };
      }),
    };
    await papers.item(entry);
    if (random.chance(repeatRate)) {
      await papers.item(entry);
      repeated.papers++;
    }
    // Code links: as many as the real file holds, spread over the papers.
    while (linkCount < ((i + 1) * size.links) / size.papers) {
      const link = {
        paper_url: entry.paper_url,
        paper_title: paper.title,
        paper_arxiv_id: paper.arxivId,
        paper_url_abs: paper.urlAbs,
        paper_url_pdf: paper.urlPdf,
        repo_url: `https://github.com/${base36(i * 13 + linkCount)}/${slug(paper.title).slice(0, 20)}`,
        is_official: random.chance(0.5),
        mentioned_in_paper: random.chance(0.4),
        mentioned_in_github: random.chance(0.7),
        framework: random.pick(FRAMEWORKS),
      };
      await links.item(link);
      linkCount += 1;
      if (random.chance(repeatRate)) {
        await links.item(link);
        repeated.links++;
      }
    }
  }
  bytes.papers = await papers.close();
  bytes.links = await links.close();

  const datasets = writerFor(file(ARCHIVE_FILE_NAMES.datasets));
  for (let i = 0; i < size.datasets; i++) {
    const name = `${random.pick(["Vision", "Text", "Speech", "Graph", "Med", "Robo"])}Set-${base36(i).toUpperCase()}`;
    const paperIndex = random.int(size.papers);
    const paper = paperOf(paperIndex, createRandom(paperIndex + 1));
    const tasks = Array.from(new Set(Array.from({ length: 1 + random.int(3) }, () => taskName(random.int(1_500)))));
    const entry = {
      url: `https://paperswithcode.com/dataset/${slug(name)}`,
      name,
      full_name: `The ${name} Benchmark`,
      homepage: random.chance(0.8) ? `https://${slug(name)}.example.org` : null,
      description: `The **${name}** dataset ${sentence(random, 30)}`,
      paper: random.chance(0.7) ? { title: paper.title, url: `https://paperswithcode.com/paper/${paper.slug}` } : null,
      introduced_date: random.chance(0.8) ? paper.date : null,
      warning: null,
      modalities: Array.from(new Set([random.pick(MODALITIES), random.pick(MODALITIES)])),
      tasks: tasks.map((task) => ({ task, url: `https://paperswithcode.com/task/${slug(task)}` })),
      languages: random.chance(0.3) ? ["English"] : [],
      variants: [name, ...(random.chance(0.4) ? [`${name}, ${1 + random.int(10)}k Labels`] : [])],
      num_papers: random.int(500),
      data_loaders: [],
    };
    await datasets.item(entry);
    if (random.chance(repeatRate)) {
      await datasets.item(entry);
      repeated.datasets++;
    }
  }
  bytes.datasets = await datasets.close();
  return { ...size, links: linkCount, repeated, bytes };
}
