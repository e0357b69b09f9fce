import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseModelCard, ModelCardError } from "./parse-card";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

function refusal(text: string): ModelCardError {
  try {
    parseModelCard(text);
  } catch (error) {
    if (error instanceof ModelCardError) return error;
    throw error;
  }
  throw new Error("parsed");
}

describe("parseModelCard", () => {
  it("reads a README's YAML block: several results, values as written, lines, and the paper on arXiv", () => {
    const card = parseModelCard(fixture("whisper-README.md"));
    expect(card.problems).toEqual([]);
    expect(card.arxivIds).toEqual(["2212.04356"]);
    expect(card.models).toHaveLength(1);
    const [model] = card.models;
    expect(model).toMatchObject({ name: "whisper-large-v2", line: 10 });
    expect(model.results).toMatchObject([
      {
        task: { type: "automatic-speech-recognition", name: "Automatic Speech Recognition" },
        dataset: { type: "librispeech_asr", name: "LibriSpeech (clean)", config: "clean", split: "test", revision: "" },
        metrics: [{ type: "wer", name: "Test WER", value: "3.0003583080317572", verified: null, line: 23 }],
        source: null,
        line: 12,
      },
      { dataset: { name: "LibriSpeech (other)", config: "other" }, metrics: [{ value: "5.10" }] },
    ]);
  });

  it("reads a model-index YAML file with several metrics, verified flags and a source", () => {
    const [model] = parseModelCard(fixture("sst2-model-index.yaml")).models;
    expect(model.results).toHaveLength(1);
    const [result] = model.results;
    expect(result.metrics.map(({ type, name, value, verified }) => ({ type, name, value, verified }))).toEqual([
      { type: "accuracy", name: "Accuracy", value: "0.9105504587155964", verified: true },
      { type: "precision", name: "Precision", value: "0.8978260869565218", verified: true },
      { type: "f1", name: "F1", value: "0.9", verified: false },
    ]);
    expect(result.source).toEqual({ name: "Hugging Face evaluation", url: "https://huggingface.co/spaces/autoevaluate/model-evaluator" });
  });

  it("reads a bare model-index list, and several models", () => {
    const card = parseModelCard(`- name: a
  results:
  - task: {type: image-classification}
    dataset: {type: imagenet-1k, name: ImageNet}
    metrics: [{type: top-1, value: "80.1%"}]
- name: b
  results:
  - task: {type: image-classification}
    dataset: {type: imagenet-1k, name: ImageNet}
    metrics: [{type: top-1, value: 81}]
`);
    expect(card.models.map((model) => [model.name, model.results[0].metrics[0].value])).toEqual([
      ["a", "80.1%"],
      ["b", "81"],
    ]);
  });

  it("reads anchors and aliases as copies of what they name", () => {
    const card = parseModelCard(`model-index:
- name: a
  results:
  - task: &task {type: question-answering, name: Question Answering}
    dataset: {type: squad, name: SQuAD}
    metrics: [{type: f1, value: 88}]
  - task: *task
    dataset: {type: squad_v2, name: SQuAD2.0}
    metrics: [{type: f1, value: 80}]
`);
    expect(card.models[0].results.map((result) => [result.task.name, result.dataset.name])).toEqual([
      ["Question Answering", "SQuAD"],
      ["Question Answering", "SQuAD2.0"],
    ]);
  });

  it("fills a missing dataset name or task type from the other, and lists what it had to leave out with its line", () => {
    const card = parseModelCard(`model-index:
- results:
  - task: {name: Question Answering}
    dataset: {type: squad}
    metrics:
    - type: exact_match
      value: 80.1
    - type: f1
    - value: 3
  - dataset: {type: squad}
    metrics: [{type: f1, value: 88}]
  - task: {type: question-answering}
    dataset: {type: squad}
    metrics: []
`);
    expect(card.models[0].name).toBe("");
    expect(card.models[0].results).toMatchObject([
      {
        task: { type: "Question Answering", name: "Question Answering" },
        dataset: { type: "squad", name: "squad" },
        metrics: [{ type: "exact_match", value: "80.1" }],
      },
    ]);
    expect(card.problems).toEqual([
      { line: 2, message: "A model-index entry has no `name`: give the model's name in the form." },
      { line: 8, message: "A metric without a value: left out." },
      { line: 9, message: "A metric without a type: left out." },
      { line: 10, message: "A result without a task type or a dataset type and name: left out." },
      { line: 12, message: "A result without metrics: left out." },
    ]);
  });

  it("refuses YAML that does not parse, naming the line of the README it is on", () => {
    const error = refusal("---\nlicense: mit\nmodel-index:\n- name: x\n  results: [\n---\n# Title\n");
    expect(error.line).toBe(5);
    expect(error.message).toMatch(/^Line 5: the YAML does not parse: .*\]/);
    expect(refusal("model-index:\n  - name: a\n   bad: indent\n").line).toBe(3);
  });

  it("refuses a card without a model-index, and an empty one, saying what to paste", () => {
    expect(refusal("---\nlicense: mit\n---\n# A model\n").message).toMatch(/^No model-index in this card/);
    expect(refusal("# Just a title\n\nSome words.").message).toMatch(/^No model-index in this card/);
    expect(refusal("  \n").message).toMatch(/empty/);
  });
});
