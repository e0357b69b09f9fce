import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { CreateSubmission } from "@/lib/validations/submission";
import { computeChecks } from "./compute-checks";
import { createSubmission } from "../create-submission";
import { imagenetSubmission, loadDemo, makeUser, row } from "../test-fixtures";

const check = (input: CreateSubmission, options = {}) => prisma.$transaction((tx) => computeChecks(tx, input, options));
const kinds = (checks: { kind: string }[]) => checks.map((c) => c.kind);

describe("computeChecks", () => {
  beforeAll(loadDemo);

  it("finds nothing to say about an ordinary result on a known benchmark from a known paper", async () => {
    expect(await check(imagenetSubmission([row(["80.1", "25M"])]))).toEqual([]);
  });

  it("flags the same model from the same paper on the same benchmark as a possible duplicate", async () => {
    const input = imagenetSubmission([row(["88.0", "632M"], { modelName: "vit-h/14" })], { ref: "https://arxiv.org/abs/2010.11929" });
    const checks = await check(input);
    expect(checks).toContainEqual(expect.objectContaining({ kind: "possible_duplicate", severity: "warning", row: 0 }));
    expect(checks[0].message).toContain("already on this leaderboard");
  });

  it("flags a model already waiting for review, but not the submission against itself", async () => {
    const user = await makeUser();
    const input = imagenetSubmission([row(["79.9", "25M"], { modelName: "ResNet-152 (pending)" })]);
    const { id } = await createSubmission(user.id, input);
    expect(kinds(await check(input))).toEqual(["possible_duplicate"]);
    expect(await check(input, { ignoreSubmissionId: id })).toEqual([]);
  });

  it("flags a percentage above 100, a negative error rate and a perplexity below 1, naming row and metric", async () => {
    const checks = await check(imagenetSubmission([row(["80.1", "25M"]), row(["101.5", "25M"])]));
    expect(checks).toEqual([expect.objectContaining({ kind: "value_out_of_range", row: 1, metric: "Top 1 Accuracy" })]);
    expect(checks[0].message).toBe("Row 2, Top 1 Accuracy: 101.5 is above 100, but a percentage lies between 0 and 100.");

    const cifar: CreateSubmission = {
      ...imagenetSubmission([row(["-0.5", "1M"])]),
      benchmark: {
        task: "Image Classification",
        dataset: "CIFAR-10",
        subset: "",
        metrics: [
          { name: "Percentage error", direction: "LOWER_IS_BETTER", unit: "%" },
          { name: "Number of params", direction: "NOT_RANKED", unit: "" },
        ],
      },
    };
    expect(kinds(await check(cifar))).toContain("value_out_of_range");

    const ptb: CreateSubmission = {
      ...imagenetSubmission([row(["0.7", "24M"])]),
      benchmark: {
        task: "Language Modelling",
        dataset: "Penn Treebank (Word Level)",
        subset: "",
        metrics: [
          { name: "Test perplexity", direction: "LOWER_IS_BETTER", unit: "" },
          { name: "Params", direction: "NOT_RANKED", unit: "" },
        ],
      },
    };
    const [perplexity] = await check(ptb);
    expect(perplexity.message).toContain("0.7 is below 1, but a perplexity is at least 1");
  });

  it("flags a new best that closes more than half the gap to 100 %, not an ordinary step", async () => {
    // ImageNet's best is 88.55 %: 95 closes 56 % of the 11.45 points left; 90 closes 13 %.
    const leap = await check(imagenetSubmission([row(["95", "1B"])]));
    expect(leap).toEqual([expect.objectContaining({ kind: "implausible_jump", row: 0, metric: "Top 1 Accuracy" })]);
    expect(leap[0].message).toContain("closes 56 % of the distance left to 100");
    expect(await check(imagenetSubmission([row(["90", "1B"])]))).toEqual([]);
  });

  it("flags an unbounded score more than a quarter above the best, in the metric's direction", async () => {
    const wmt = (bleu: string): CreateSubmission => ({
      ...imagenetSubmission([row([bleu])], { ref: "https://arxiv.org/abs/1706.03762" }),
      benchmark: {
        task: "Machine Translation",
        dataset: "WMT2014 English-German",
        subset: "",
        metrics: [{ name: "BLEU score", direction: "HIGHER_IS_BETTER", unit: "" }],
      },
    });
    expect(kinds(await check(wmt("38.0")))).toEqual(["implausible_jump"]); // 34 % above 28.4
    expect(await check(wmt("30.1"))).toEqual([]);
  });

  it("notes a new task, dataset, benchmark, metric and paper; warns of a row without evidence", async () => {
    const input: CreateSubmission = {
      benchmark: {
        task: "Sign Language Translation",
        dataset: "PHOENIX14T",
        subset: "test",
        metrics: [{ name: "BLEU-4", direction: "HIGHER_IS_BETTER", unit: "" }],
      },
      paper: { ref: "https://arxiv.org/abs/2401.00001", title: "Signs", authors: "A. Author", publishedAt: "2024-01-01" },
      rows: [row(["24.5"], { evidence: "" })],
      comment: "",
    };
    const checks = await check(input);
    expect(kinds(checks)).toEqual(["missing_evidence", "new_task", "new_dataset", "new_dataset", "new_benchmark", "new_metric", "new_paper"]);
    expect(checks.filter((c) => c.severity === "note")).toHaveLength(6);
    expect(checks.find((c) => c.kind === "new_metric")?.message).toBe('New metric: "BLEU-4" (higher is better).');
  });

  it("leaves out the edited result when checking an edit of it", async () => {
    const vit = await prisma.result.findFirstOrThrow({ where: { modelName: "ViT-H/14" } });
    const input = imagenetSubmission([row(["99", "632M"], { modelName: "ViT-H/14" })], { ref: "https://arxiv.org/abs/2010.11929" });
    // Without ViT-H/14 the best is Noisy Student's 88.4: 99 is still a leap, but no duplicate of itself.
    expect(kinds(await check(input, { ignoreResultId: vit.id }))).toEqual(["implausible_jump"]);
  });
});
