import { once } from "node:events";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";

// A synthetic PWC archive (`evaluation-tables.json`) shaped like the real one, to measure the importer
// and the site at the archive's size: a tree of tasks under areas, datasets with subsets shared by many
// tasks, leaderboards whose sizes follow a Zipf-like law (a few of 1,000+ rows, most under 20), papers
// named by many rows, arXiv and other addresses, missing titles, dates and papers, and a small share of
// the odd values the real archive holds. The same seed gives the same bytes.

export type ArchiveSize = {
  /** Top-level tasks; subtasks come on top. */
  tasks: number;
  /** Leaderboards: (task, dataset or subset) tables with rows. */
  benchmarks: number;
  results: number;
  papers: number;
  /** Metric values over all rows. */
  values: number;
  /** The largest leaderboard's rows. */
  largestTable: number;
};

export const FULL_SIZE: ArchiveSize = {
  tasks: 2_300,
  benchmarks: 12_000,
  results: 110_000,
  papers: 60_000,
  values: 330_000,
  largestTable: 1_600,
};

export type ArchiveCounts = {
  topLevelTasks: number;
  tasks: number;
  datasets: number;
  benchmarks: number;
  results: number;
  values: number;
  papers: number;
  largestTable: number;
  medianTable: number;
  bytes: number;
};

/** The full size scaled down (0 < factor ≤ 1), for tests. */
export function scaledSize(factor: number): ArchiveSize {
  const scale = (n: number, min: number) => Math.max(min, Math.round(n * factor));
  return {
    tasks: scale(FULL_SIZE.tasks, 3),
    benchmarks: scale(FULL_SIZE.benchmarks, 6),
    results: scale(FULL_SIZE.results, 30),
    papers: scale(FULL_SIZE.papers, 15),
    values: scale(FULL_SIZE.values, 90),
    largestTable: scale(FULL_SIZE.largestTable, 10),
  };
}

// ─── Randomness ──────────────────────────────────────────────────────────────

export type Random = {
  next(): number;
  int(below: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** An index below `n`, small ones far more likely (Zipf-like with exponent `s`). */
  zipf(n: number, s?: number): number;
};

export function createRandom(seed: number): Random {
  let state = (seed ^ 0x9e3779b9) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => list[int(list.length)],
    // Inverse transform of a continuous power law over [1, n + 1): cheap and close to discrete Zipf.
    zipf: (n, s = 1.1) => {
      const u = next();
      const x = Math.pow(1 + u * (Math.pow(n + 1, 1 - s) - 1), 1 / (1 - s));
      return Math.min(n - 1, Math.floor(x) - 1);
    },
  };
}

function shuffle<T>(random: Random, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

// ─── Vocabulary ──────────────────────────────────────────────────────────────

const AREAS = [
  "Computer Vision",
  "Natural Language Processing",
  "Medical",
  "Methodology",
  "Speech",
  "Time Series",
  "Graphs",
  "Audio",
  "Reinforcement Learning",
  "Robots",
  "Reasoning",
  "Knowledge Base",
  "Computer Code",
  "Music",
  "Playing Games",
  "Adversarial",
  "Miscellaneous",
];
// Real categories are sometimes abbreviated, sometimes missing.
const AREA_SPELLINGS: Record<string, string> = { "Natural Language Processing": "NLP", "Computer Vision": "CV" };

const TASK_HEADS = [
  "Classification",
  "Segmentation",
  "Detection",
  "Recognition",
  "Generation",
  "Retrieval",
  "Translation",
  "Estimation",
  "Prediction",
  "Tracking",
  "Question Answering",
  "Summarization",
  "Parsing",
  "Captioning",
  "Forecasting",
  "Reconstruction",
  "Completion",
  "Localization",
  "Alignment",
  "Synthesis",
  "Super-Resolution",
  "Denoising",
  "Clustering",
  "Anomaly Detection",
  "Inference",
  "Reasoning",
  "Matching",
  "Registration",
];
const TASK_MODIFIERS = [
  "Image",
  "Video",
  "Text",
  "Semantic",
  "Instance",
  "Object",
  "Pose",
  "Depth",
  "Speech",
  "Speaker",
  "Entity",
  "Relation",
  "Graph",
  "Node",
  "Link",
  "Molecular",
  "Medical Image",
  "3D",
  "Point Cloud",
  "Scene",
  "Action",
  "Emotion",
  "Sentiment",
  "Document",
  "Table",
  "Code",
  "Music",
  "Audio",
  "Time Series",
  "Traffic",
  "Face",
  "Hand",
  "Lane",
  "Crowd",
  "Visual",
  "Cross-Lingual",
  "Multi-Label",
  "Few-Shot",
  "Zero-Shot",
  "Unsupervised",
  "Weakly-Supervised",
  "Open-Domain",
  "Long-Tail",
  "Fine-Grained",
  "Multimodal",
  "Temporal",
  "Spatial",
  "Low-Resource",
  "Continual",
  "Federated",
  "Real-Time",
  "Interactive",
  "Self-Supervised",
  "Panoptic",
];
const SUBTASK_QUALIFIERS = [
  "Few-Shot",
  "Zero-Shot",
  "Unsupervised",
  "Semi-Supervised",
  "Real-Time",
  "Multi-Object",
  "Long-Range",
  "Cross-Domain",
  "Open-Set",
  "Online",
  "Incremental",
  "Robust",
  "Weakly Supervised",
  "Multi-Task",
];

const DATASET_STEMS = [
  "ImageNet",
  "COCO",
  "CIFAR",
  "MNIST",
  "SQuAD",
  "GLUE",
  "WMT",
  "LibriSpeech",
  "Cityscapes",
  "KITTI",
  "ADE20K",
  "Pascal VOC",
  "Kinetics",
  "UCF",
  "HMDB",
  "NYU Depth",
  "ScanNet",
  "ShapeNet",
  "MS MARCO",
  "Natural Questions",
  "TriviaQA",
  "HotpotQA",
  "CoNLL",
  "OntoNotes",
  "Penn Treebank",
  "WikiText",
  "enwik",
  "MIMIC",
  "CheXpert",
  "BraTS",
  "LIDC",
  "ETTh",
  "Electricity",
  "Traffic",
  "Weather",
  "Cora",
  "Citeseer",
  "PubMed",
  "ogbn",
  "ogbl",
  "ZINC",
  "QM9",
  "Atari",
  "MuJoCo",
  "VoxCeleb",
  "AudioSet",
  "ESC",
  "MAESTRO",
  "HumanEval",
  "MBPP",
  "CodeSearchNet",
  "FB15k",
  "WN18RR",
  "YAGO",
  "Visual Genome",
  "VQA",
  "CLEVR",
  "GQA",
  "Flickr30k",
  "MSR-VTT",
  "DAVIS",
  "MOT",
  "LaSOT",
  "Market",
  "DukeMTMC",
  "CelebA",
  "FFHQ",
  "LSUN",
  "AFHQ",
];
const DATASET_SUFFIXES = ["", "-10", "-100", "v2", "2.0", "1.1", "-LT", "-C", "-R", "-A", "-1k", "-21k", "2017", "2019", "2020", "Large", "Mini", "Pro"];
const SUBSETS = [
  "test",
  "val",
  "dev",
  "test-dev",
  "minival",
  "test-std",
  "5-shot",
  "1-shot",
  "10-shot",
  "clean",
  "other",
  "easy",
  "medium",
  "hard",
  "ID",
  "OOD",
  "Split 1",
  "Split 2",
  "fold 0",
  "en-de",
  "de-en",
  "en-fr",
  "zh-en",
];

type MetricKind = "percent" | "fraction" | "error" | "count" | "score" | "loss";
const METRICS: { name: string; kind: MetricKind }[] = [
  { name: "Accuracy", kind: "percent" },
  { name: "Top-1 Accuracy", kind: "percent" },
  { name: "Top-5 Accuracy", kind: "percent" },
  { name: "F1", kind: "percent" },
  { name: "EM", kind: "percent" },
  { name: "mAP", kind: "percent" },
  { name: "box AP", kind: "percent" },
  { name: "AP50", kind: "percent" },
  { name: "mIoU", kind: "percent" },
  { name: "Recall@10", kind: "percent" },
  { name: "MRR", kind: "fraction" },
  { name: "AUC", kind: "fraction" },
  { name: "NDCG@10", kind: "fraction" },
  { name: "BLEU", kind: "score" },
  { name: "ROUGE-L", kind: "score" },
  { name: "PSNR", kind: "score" },
  { name: "SSIM", kind: "fraction" },
  { name: "Error rate", kind: "error" },
  { name: "Test Error", kind: "error" },
  { name: "WER", kind: "error" },
  { name: "FID", kind: "loss" },
  { name: "Perplexity", kind: "loss" },
  { name: "MAE", kind: "loss" },
  { name: "RMSE", kind: "loss" },
  { name: "Params", kind: "count" },
  { name: "Number of params", kind: "count" },
  { name: "GFLOPs", kind: "score" },
];
// What the real archive holds beside numbers, about one value in seventy.
const ODD_VALUES = ["Please tell us", "–", "-", "", "N/A", "(32.76 32.07 26.26 22.74)", "see paper"];

const MODEL_STEMS = [
  "ResNet",
  "ViT",
  "BERT",
  "RoBERTa",
  "T5",
  "GPT",
  "Swin",
  "ConvNeXt",
  "EfficientNet",
  "DeBERTa",
  "XLNet",
  "LSTM",
  "GRU",
  "Transformer",
  "GCN",
  "GAT",
  "GraphSAGE",
  "U-Net",
  "Mask R-CNN",
  "YOLO",
  "DETR",
  "CLIP",
  "wav2vec",
  "Conformer",
  "DenseNet",
  "MobileNet",
  "Inception",
  "PointNet",
  "NeRF",
  "Diffusion",
  "VAE",
  "StyleGAN",
  "BiLSTM-CRF",
  "ELECTRA",
  "ALBERT",
  "LLaMA",
  "PaLM",
  "Mamba",
  "Informer",
  "Autoformer",
];
const MODEL_VARIANTS = [
  "",
  "-S",
  "-B",
  "-L",
  "-XL",
  "-50",
  "-101",
  "-152",
  "-base",
  "-large",
  " (ensemble)",
  " (single)",
  "+ pretraining",
  "-v2",
  "-tiny",
  " w/ extra data",
];

const TITLE_OPENERS = [
  "Towards",
  "Rethinking",
  "Learning",
  "Revisiting",
  "Scaling",
  "Improving",
  "Understanding",
  "Exploring",
  "Efficient",
  "Robust",
  "Simple",
  "Deep",
  "Self-Supervised",
  "Contrastive",
  "Hierarchical",
  "Adaptive",
  "Unified",
  "Sparse",
  "Dynamic",
  "Masked",
  "Generative",
  "Neural",
  "Probabilistic",
  "Structured",
];
const TITLE_SUBJECTS = [
  "Attention",
  "Representations",
  "Transformers",
  "Graph Networks",
  "Priors",
  "Embeddings",
  "Features",
  "Pretraining",
  "Distillation",
  "Augmentation",
  "Objectives",
  "Architectures",
  "Memories",
  "Tokenizers",
  "Optimizers",
  "Ensembles",
  "Curricula",
  "Retrieval",
  "Kernels",
  "Flows",
  "Mixtures of Experts",
  "Adapters",
];
const TITLE_ENDINGS = [
  "for Image Recognition",
  "for Language Understanding",
  "at Scale",
  "without Labels",
  "in the Wild",
  "for Dense Prediction",
  "with Noisy Labels",
  "for Sequence Modeling",
  "for Low-Resource Settings",
  "via Knowledge Transfer",
  "for Long Documents",
  "on Graphs",
  "for Speech",
  "for Video",
  "Revisited",
  "Is All You Need",
  "Made Easy",
  "for Medical Imaging",
  "for Time Series",
  "for Reinforcement Learning",
];
const VENUE_URLS = [
  (n: number) => `https://openreview.net/forum?id=${n.toString(36).padStart(4, "0")}${base36(n, 6)}`,
  (n: number) => `https://aclanthology.org/2021.acl-long.${n}.pdf`,
  (n: number) => `http://proceedings.mlr.press/v${97 + (n % 100)}/paper${n}.html`,
  (n: number) => `https://www.ijcai.org/proceedings/2020/${String(n).padStart(5, "0")}.pdf`,
  (n: number) => `https://papers.nips.cc/paper/${2015 + (n % 9)}/hash/${base36(n * 7919, 16)}-Abstract.html`,
];
const FRAMEWORK_TITLES = ["PyTorch", "pytorch", "Tensorflow", "official", "JAX", "Keras", "", "mxnet"];

function base36(n: number, length: number): string {
  let text = "";
  let x = Math.abs(Math.floor(n)) + 1;
  while (text.length < length) {
    text += (x % 36).toString(36);
    x = Math.floor(x / 36) + ((x * 31) % 1013);
  }
  return text;
}

// ─── The plan: how many tables, of which size, for which task and dataset ───

type Paper = { title: string; url: string; date: string | null; repository: string | null };

type Table = { dataset: number; subset: number | null; rows: number; metrics: number[] };

type TaskNode = { name: string; description: string; subtasks: TaskNode[]; tables: Table[]; synonyms: string[] };

type DatasetEntry = { name: string; description: string; links: { title: string; url: string }[]; subsets: string[] };

/** Table sizes summing to `total`, the largest `largest`, most under 20. */
function tableSizes(count: number, total: number, largest: number): number[] {
  const weights = Array.from({ length: count }, (_, i) => 1 / Math.pow(i + 1.5, 0.8));
  const sizesAt = (scale: number) => weights.map((w) => Math.max(1, Math.min(largest, Math.round(scale * w))));
  let low = 0;
  let high = total * 10;
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (sizesAt(middle).reduce((a, b) => a + b, 0) < total) low = middle;
    else high = middle;
  }
  const sizes = sizesAt(high);
  // Round off the last few rows on the smallest tables.
  let excess = sizes.reduce((a, b) => a + b, 0) - total;
  for (let i = sizes.length - 1; excess > 0 && i >= 0; i--) {
    if (sizes[i] > 1) {
      sizes[i] -= 1;
      excess -= 1;
    }
  }
  return sizes;
}

function titleCase(words: string): string {
  return words.replace(/\s+/g, " ").trim();
}

function buildPlan(random: Random, size: ArchiveSize) {
  // Datasets: a pool shared by tasks, popular ones used by many.
  const datasetCount = Math.max(3, Math.round(size.benchmarks * 0.55));
  const datasets: DatasetEntry[] = [];
  const datasetNames = new Set<string>();
  for (let i = 0; datasets.length < datasetCount; i++) {
    const stem = DATASET_STEMS[i % DATASET_STEMS.length];
    const round = Math.floor(i / DATASET_STEMS.length);
    const suffix = round < DATASET_SUFFIXES.length ? DATASET_SUFFIXES[round] : ` ${round}`;
    const name = titleCase(`${stem}${suffix}`);
    if (datasetNames.has(name)) continue;
    datasetNames.add(name);
    const subsets = random.chance(0.3) ? shuffle(random, [...SUBSETS]).slice(0, 1 + random.int(4)) : [];
    datasets.push({
      name,
      description: random.chance(0.5)
        ? `${name} is a benchmark dataset of ${random.pick(TASK_MODIFIERS).toLowerCase()} data, ${1000 + random.int(1_000_000)} examples.`
        : "",
      links: random.chance(0.3) ? [{ title: "Homepage", url: `https://${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.example.org/` }] : [],
      subsets,
    });
  }
  const popularity = shuffle(
    random,
    datasets.map((_, i) => i),
  );

  // Tasks: unique names; each top-level task has a few subtasks, some of which have their own.
  const taskNames = new Set<string>();
  const uniqueTaskName = (wanted: string) => {
    let name = wanted;
    for (let n = 2; taskNames.has(name); n++) name = `${wanted} ${n}`;
    taskNames.add(name);
    return name;
  };
  const description = (name: string) =>
    random.chance(0.6)
      ? `**${name}** is the task of ${random.pick(TASK_HEADS).toLowerCase()} from ${random.pick(TASK_MODIFIERS).toLowerCase()} inputs.\n\n` +
        `Models are compared on standard benchmarks; see the leaderboards below. ( Image credit: [Papers](https://example.org/${taskNames.size}) )`
      : "";
  const node = (name: string): TaskNode => ({
    name,
    description: description(name),
    subtasks: [],
    tables: [],
    synonyms: random.chance(0.05) ? [`${name} (alias)`] : [],
  });
  const topLevel: { area: string; task: TaskNode }[] = [];
  const allTasks: TaskNode[] = [];
  for (let i = 0; i < size.tasks; i++) {
    const head = TASK_HEADS[random.zipf(TASK_HEADS.length, 0.6)];
    const task = node(uniqueTaskName(`${random.pick(TASK_MODIFIERS)} ${head}`));
    topLevel.push({ area: AREAS[random.zipf(AREAS.length, 1.2)], task });
    allTasks.push(task);
    const subtaskCount = random.chance(0.45) ? 1 + random.zipf(8, 1.3) : 0;
    for (let j = 0; j < subtaskCount; j++) {
      const subtask = node(uniqueTaskName(`${random.pick(SUBTASK_QUALIFIERS)} ${task.name}`));
      task.subtasks.push(subtask);
      allTasks.push(subtask);
      if (random.chance(0.1)) {
        const leaf = node(uniqueTaskName(`${random.pick(SUBTASK_QUALIFIERS)} ${subtask.name}`));
        subtask.subtasks.push(leaf);
        allTasks.push(leaf);
      }
    }
  }

  // Tables: sizes by a Zipf-like law, given to tasks by popularity, each on a dataset new to its task.
  const sizes = shuffle(random, tableSizes(size.benchmarks, size.results, size.largestTable));
  sizes.sort((a, b) => b - a);
  const taskOrder = shuffle(
    random,
    allTasks.map((_, i) => i),
  );
  const usedPairs = new Set<string>();
  for (const rows of sizes) {
    const task = allTasks[taskOrder[random.zipf(taskOrder.length, 0.9)]];
    let dataset = 0;
    let subset: number | null = null;
    for (let attempt = 0; ; attempt++) {
      dataset = popularity[attempt < 20 ? random.zipf(datasets.length, 0.8) : random.int(datasets.length)];
      const subsets = datasets[dataset].subsets;
      subset = subsets.length > 0 && random.chance(0.6) ? random.int(subsets.length) : null;
      const key = `${task.name}\u0000${dataset}\u0000${subset}`;
      if (!usedPairs.has(key)) {
        usedPairs.add(key);
        break;
      }
    }
    task.tables.push({ dataset, subset, rows, metrics: [] });
  }

  // Metrics: one to six per table, so that the values add up to about the size asked.
  const tables = allTasks.flatMap((task) => task.tables);
  // A few rows leave a metric out: ask for a little more.
  const valuesPerRow = size.values / size.results / 0.98;
  let metricTotal = 0;
  let rowTotal = 0;
  for (const table of tables) {
    const wanted = Math.round(valuesPerRow * (rowTotal + table.rows)) - metricTotal;
    const count = Math.max(1, Math.min(6, Math.round(wanted / table.rows + (random.next() - 0.5) * 2)));
    const metrics = new Set<number>();
    while (metrics.size < count) metrics.add(random.zipf(METRICS.length, 0.5));
    table.metrics = [...metrics];
    metricTotal += count * table.rows;
    rowTotal += table.rows;
  }
  return { datasets, topLevel };
}

// ─── Writing ─────────────────────────────────────────────────────────────────

class PaperPool {
  private readonly papers: Paper[] = [];
  private rowsSeen = 0;

  constructor(
    private readonly random: Random,
    private readonly target: number,
    private readonly rowsWithPapers: number,
  ) {}

  get count(): number {
    return this.papers.length;
  }

  /** A paper for the next row: a new one at the rate that reaches the target, else one named before. */
  next(local: number[]): number {
    this.rowsSeen += 1;
    const due = Math.min(this.target, Math.round((this.target * this.rowsSeen) / this.rowsWithPapers));
    if (this.papers.length < due || this.papers.length === 0) return this.create();
    if (local.length > 0 && this.random.chance(0.75)) return local[local.length - 1 - this.random.zipf(local.length, 1.2)];
    return this.papers.length - 1 - this.random.zipf(this.papers.length, 0.7);
  }

  get(index: number): Paper {
    return this.papers[index];
  }

  private create(): number {
    const n = this.papers.length;
    const random = this.random;
    const year = 2013 + random.int(11);
    const month = 1 + random.int(12);
    const day = 1 + random.int(28);
    const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    // A title unique to the paper: the number makes it so; the words make it read like one.
    const title = `${random.pick(TITLE_OPENERS)} ${random.pick(TITLE_SUBJECTS)} ${random.pick(TITLE_ENDINGS)} ${romanish(n)}`;
    const kind = random.next();
    let url: string;
    if (kind < 0.7) {
      const id = `${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}.${String(10000 + n).padStart(5, "0")}`;
      url = random.chance(0.7) ? `https://arxiv.org/abs/${id}` : `http://arxiv.org/pdf/${id}v${1 + random.int(3)}.pdf`;
    } else if (kind < 0.95) {
      url = random.pick(VENUE_URLS)(n);
    } else {
      url = "";
    }
    const repository = random.chance(0.45) ? `https://github.com/${base36(n * 13, 6)}/${base36(n * 17, 8)}` : null;
    this.papers.push({ title, url, date: random.chance(0.88) ? date : null, repository });
    return n;
  }
}

// Distinguishes titles made of the same words: "… II", "… 7b".
function romanish(n: number): string {
  return n.toString(36).toUpperCase();
}

function metricValue(random: Random, kind: MetricKind, quality: number): string {
  if (random.chance(0.014)) return random.pick(ODD_VALUES);
  const noise = () => (random.next() - 0.5) * 6;
  switch (kind) {
    case "percent": {
      const value = Math.min(99.99, Math.max(1, 40 + quality * 55 + noise()));
      if (random.chance(0.01)) return `${value.toFixed(1)}%`;
      if (random.chance(0.01)) return `${value.toFixed(1)} ± ${(random.next() * 0.9).toFixed(1)}`;
      return value.toFixed(random.chance(0.5) ? 1 : 2);
    }
    case "fraction": {
      const value = Math.min(0.9999, Math.max(0.01, 0.4 + quality * 0.55 + noise() / 100));
      return random.chance(0.02) ? `${value.toFixed(4)} ± ${(random.next() / 100).toFixed(4)}` : value.toFixed(3);
    }
    case "error":
      return Math.max(0.1, 30 - quality * 28 + noise()).toFixed(2);
    case "loss":
      return Math.max(0.5, 60 - quality * 50 + noise() * 3).toFixed(2);
    case "count": {
      const millions = 1 + random.int(900);
      return random.chance(0.5) ? `${millions}M` : random.chance(0.5) ? `${(millions / 10).toFixed(1)}m` : `${millions * 1000}k`;
    }
    case "score":
      return Math.max(1, 10 + quality * 35 + noise()).toFixed(2);
  }
}

type Writer = { write(text: string): Promise<void>; bytes: number };

function writerFor(file: string): { writer: Writer; close(): Promise<void> } {
  mkdirSync(path.dirname(file), { recursive: true });
  const stream = createWriteStream(file);
  const writer: Writer = {
    bytes: 0,
    async write(text) {
      writer.bytes += Buffer.byteLength(text);
      if (!stream.write(text)) await once(stream, "drain");
    },
  };
  return {
    writer,
    close: () =>
      new Promise((resolve, reject) => {
        stream.once("error", reject);
        stream.end(() => resolve());
      }),
  };
}

/**
 * Writes a synthetic archive of `size` to `file`, one top-level task at a time: memory holds the plan
 * (numbers per table) and the papers named so far, never the file.
 */
export async function writeSyntheticArchive(file: string, seed: number, size: ArchiveSize = FULL_SIZE): Promise<ArchiveCounts> {
  const random = createRandom(seed);
  const { datasets, topLevel } = buildPlan(random, size);
  const allTables = topLevel.flatMap(({ task }) => tablesOf(task));
  const rowsWithPapers = Math.round(size.results * 0.96);
  const papers = new PaperPool(random, size.papers, rowsWithPapers);
  const counts: ArchiveCounts = {
    topLevelTasks: topLevel.length,
    tasks: 0,
    datasets: 0,
    benchmarks: allTables.length,
    results: 0,
    values: 0,
    papers: 0,
    largestTable: Math.max(...allTables.map((table) => table.rows)),
    medianTable: allTables.map((table) => table.rows).sort((a, b) => a - b)[Math.floor(allTables.length / 2)],
    bytes: 0,
  };
  const datasetsSeen = new Set<string>();
  const { writer, close } = writerFor(file);

  const rowJson = (table: Table, local: number[], position: number): string => {
    const hasPaper = random.chance(0.96);
    const paperIndex = hasPaper ? papers.next(local) : -1;
    if (hasPaper && local[local.length - 1] !== paperIndex) local.push(paperIndex);
    const paper = hasPaper ? papers.get(paperIndex) : null;
    const quality = 1 - position / Math.max(1, table.rows);
    const metrics: Record<string, string> = {};
    table.metrics.forEach((metric, i) => {
      // Most rows report every metric; a few leave one out (never the first).
      if (i > 0 && random.chance(0.03)) return;
      metrics[METRICS[metric].name] = metricValue(random, METRICS[metric].kind, quality);
    });
    counts.values += Object.keys(metrics).length;
    counts.results += 1;
    const model = random.chance(0.04) ? "" : `${random.pick(MODEL_STEMS)}${random.pick(MODEL_VARIANTS)}`;
    const codeLinks =
      paper?.repository && random.chance(0.8)
        ? [{ title: random.pick(FRAMEWORK_TITLES), url: paper.repository }]
        : !paper && random.chance(0.3)
          ? [{ title: "", url: `https://github.com/${base36(position * 97 + counts.results, 6)}/model` }]
          : [];
    // Some rows name the paper by its address in the title, some leave the title empty.
    const style = random.next();
    const paperTitle = !paper ? "" : style < 0.04 && paper.url ? "" : style < 0.07 && paper.url ? paper.url : paper.title;
    const row = {
      code_links: codeLinks,
      metrics,
      model_links: [],
      model_name: model,
      paper_date: paper?.date ?? (random.chance(0.5) ? null : `${2015 + random.int(9)}-0${1 + random.int(9)}-1${random.int(9)}`),
      paper_title: paperTitle,
      paper_url: paper?.url ?? "",
      uses_additional_data: random.chance(0.15),
    };
    return JSON.stringify(row);
  };

  const datasetJson = async (table: Table | null, datasetIndex: number, tablesOnSubsets: Table[], local: number[]) => {
    const entry = datasets[datasetIndex];
    datasetsSeen.add(entry.name);
    const sota = async (of: Table | null) => {
      if (!of) return '{"metrics":[],"rows":[]}';
      const parts: string[] = [];
      for (let i = 0; i < of.rows; i++) parts.push(rowJson(of, local, i));
      return `{"metrics":${JSON.stringify(of.metrics.map((m) => METRICS[m].name))},"rows":[${parts.join(",")}]}`;
    };
    const subsets: string[] = [];
    for (const subsetTable of tablesOnSubsets) {
      const name = entry.subsets[subsetTable.subset!];
      datasetsSeen.add(`${entry.name}\u0000${name}`);
      subsets.push(
        `{"dataset_citations":[],"dataset_links":[],"description":"","sota":${await sota(subsetTable)},"subdataset":${JSON.stringify(name)},"subdatasets":[]}`,
      );
    }
    return (
      `{"dataset":${JSON.stringify(entry.name)},"dataset_citations":[],"dataset_links":${JSON.stringify(entry.links)},` +
      `"description":${JSON.stringify(entry.description)},"sota":${await sota(table)},"subdatasets":[${subsets.join(",")}]}`
    );
  };

  const taskJson = async (task: TaskNode, area: string | null, local: number[]): Promise<string> => {
    counts.tasks += 1;
    // Tables on a dataset itself and on its subsets: one dataset entry each, subsets nested.
    const byDataset = new Map<number, { own: Table | null; subsets: Table[] }>();
    for (const table of task.tables) {
      const entry = byDataset.get(table.dataset) ?? { own: null, subsets: [] };
      if (table.subset === null) entry.own = table;
      else entry.subsets.push(table);
      byDataset.set(table.dataset, entry);
    }
    const datasetParts: string[] = [];
    for (const [datasetIndex, { own, subsets }] of byDataset) {
      datasetParts.push(await datasetJson(own, datasetIndex, subsets, local));
    }
    const subtaskParts: string[] = [];
    for (const subtask of task.subtasks) subtaskParts.push(await taskJson(subtask, null, local));
    const categories = area ? [random.chance(0.1) ? (AREA_SPELLINGS[area] ?? area) : area] : [];
    const sourceLink = random.chance(0.1) ? { title: `${task.name} Leaderboard`, url: `https://leaderboards.example.org/${counts.tasks}` } : null;
    return (
      `{"categories":${JSON.stringify(random.chance(0.05) ? [] : categories)},"datasets":[${datasetParts.join(",")}],` +
      `"description":${JSON.stringify(task.description)},"source_link":${JSON.stringify(sourceLink)},` +
      `"subtasks":[${subtaskParts.join(",")}],"synonyms":${JSON.stringify(task.synonyms)},"task":${JSON.stringify(task.name)}}`
    );
  };

  try {
    await writer.write("[\n");
    for (const [i, { area, task }] of topLevel.entries()) {
      const text = await taskJson(task, area, []);
      await writer.write(i === 0 ? text : `,\n${text}`);
    }
    await writer.write("\n]\n");
  } finally {
    await close();
  }
  counts.papers = papers.count;
  counts.datasets = datasetsSeen.size;
  counts.bytes = writer.bytes;
  return counts;
}

function tablesOf(task: TaskNode): Table[] {
  return [...task.tables, ...task.subtasks.flatMap(tablesOf)];
}
