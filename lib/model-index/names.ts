// How a model card's names compare with the catalogue's: whatever their case and punctuation, and
// through the synonyms that Hugging Face's identifiers and Papers with Code's names are known by.
import { slugify } from "@/lib/catalogue/slug";

/** "Word Error Rate (WER)", "word_error_rate" and "word-error-rate" share the key "worderrorrate". */
export function nameKey(name: string): string {
  return slugify(name, "").replace(/-/g, "");
}

/** A Hugging Face identifier as words: "automatic-speech-recognition" → "automatic speech recognition". */
export function humanize(identifier: string): string {
  return identifier
    .replace(/^[\w.-]+\//, "")
    .replace(/[-_]+/g, " ")
    .trim();
}

/** The keys a name is known by: itself, without its parenthesis, and the abbreviation in it. */
export function keysOf(name: string): string[] {
  const abbreviation = /\(([^)]+)\)\s*$/.exec(name)?.[1];
  const bare = name.replace(/\s*\([^)]*\)\s*$/, "");
  return [...new Set([name, bare, abbreviation ?? ""].map(nameKey).filter(Boolean))];
}

/** Hugging Face task identifiers whose Papers with Code task has another name. */
export const TASK_SYNONYMS: Record<string, string[]> = {
  automaticspeechrecognition: ["Speech Recognition"],
  asr: ["Speech Recognition"],
  textgeneration: ["Language Modelling"],
  causallm: ["Language Modelling"],
  languagemodeling: ["Language Modelling"],
  translation: ["Machine Translation"],
  summarization: ["Text Summarization"],
  texttoimage: ["Text-to-Image Generation"],
  unconditionalimagegeneration: ["Image Generation"],
  imagesegmentation: ["Semantic Segmentation", "Instance Segmentation"],
  tokenclassification: ["Named Entity Recognition", "Part-Of-Speech Tagging"],
  textclassification: ["Text Classification", "Sentiment Analysis"],
  zeroshotclassification: ["Zero-Shot Learning"],
  naturallanguageinference: ["Natural Language Inference"],
  textentailment: ["Natural Language Inference"],
};

/** Hugging Face dataset identifiers whose Papers with Code dataset has another name. */
export const DATASET_SYNONYMS: Record<string, string[]> = {
  librispeechasr: ["LibriSpeech"],
  imagenet1k: ["ImageNet"],
  ilsvrc2012: ["ImageNet"],
  squad: ["SQuAD1.1"],
  squadv2: ["SQuAD2.0"],
  cifar10: ["CIFAR-10"],
  cifar100: ["CIFAR-100"],
  wmt14: ["WMT2014 English-German"],
  ptb: ["Penn Treebank (Word Level)"],
  ptbtextonly: ["Penn Treebank (Word Level)"],
  cocodetection: ["COCO"],
  mscoco: ["COCO"],
  commonvoice: ["Common Voice"],
  wikitext: ["WikiText-103"],
};

// Each group is one metric under its usual names.
const METRIC_GROUPS = [
  ["accuracy", "acc"],
  ["top 1 accuracy", "top-1 accuracy", "top1", "top-1", "acc@1", "top 1"],
  ["top 5 accuracy", "top-5 accuracy", "top5", "top-5", "acc@5", "top 5"],
  ["exact match", "em", "exact_match"],
  ["f1", "f1 score", "f1-score"],
  ["word error rate", "wer", "test wer"],
  ["character error rate", "cer", "test cer"],
  ["bleu", "bleu score", "sacrebleu"],
  ["perplexity", "ppl", "test perplexity"],
  ["box ap", "ap", "map", "box map"],
  ["fid", "frechet inception distance"],
].map((group) => group.map(nameKey));

/** Every key a metric name stands for, its known synonyms' included. */
export function metricKeys(name: string): string[] {
  const keys = keysOf(name);
  return [...new Set([...keys, ...METRIC_GROUPS.filter((group) => keys.some((key) => group.includes(key))).flat()])];
}

/** Lower-cased words worth searching the catalogue with: no stop words, no one-letter words. */
export function searchWords(name: string): string[] {
  const stop = new Set(["the", "and", "for", "with", "test", "set", "task", "dataset", "split"]);
  const words = humanize(name)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3 && !stop.has(word));
  // A plural finds its singular too: "images" → "image".
  return [...new Set(words.map((word) => (word.length > 4 ? word.replace(/s$/, "") : word)))];
}
