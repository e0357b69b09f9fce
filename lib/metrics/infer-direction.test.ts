import { describe, expect, it } from "vitest";
import { inferDirection } from "./infer-direction";

describe("inferDirection", () => {
  it.each([
    "Test Error",
    "Top-1 Error",
    "Top-1 Error Rate",
    "Test Err",
    "Perplexity",
    "Test perplexity",
    "PPL",
    "WER",
    "Word Error Rate (WER)",
    "CER",
    "BPC",
    "Bits per dim",
    "bits/dim",
    "BPB",
    "Loss",
    "Hamming Loss",
    "RMSE",
    "MSE",
    "MAE",
    "Mean Absolute Error",
    "FID",
    "KID",
    "EER",
    "Latency (ms)",
    "Inference Time (ms)",
    "Chamfer Distance",
    "Edit distance",
    "NLL",
    "Mean Rank",
    "MR (median rank)",
    "median_rank",
    "ADE",
    "Abs Rel",
    "KL divergence",
  ])("knows that lower %j is better", (name) => {
    expect(inferDirection(name).direction).toBe("LOWER_IS_BETTER");
  });

  it.each([
    "Accuracy",
    "Test Accuracy",
    "F1",
    "EM",
    "AUC",
    "Test ROC-AUC",
    "Hits@100",
    "Test Hits@50",
    "MRR",
    "Mean Reciprocal Rank",
    "Rank-1",
    "BLEU",
    "NUM RADS BELOW CURVE",
    "AVERAGE AUC ON 14 LABEL",
    "Overall score",
    "Average Precision",
    "FPS",
    "Accuracy per class",
    "Interest",
  ])("takes %j as higher is better", (name) => {
    expect(inferDirection(name).direction).toBe("HIGHER_IS_BETTER");
  });

  it.each(["Number of params", "Parameters", "#params", "# Params", "Params (M)", "FLOPs", "GFLOPs", "Model size", "MACs"])("does not rank %j", (name) => {
    expect(inferDirection(name).direction).toBe("NOT_RANKED");
  });

  it("gives parameter counts the unit count", () => {
    expect(inferDirection("Number of params")).toEqual({ direction: "NOT_RANKED", unit: "count" });
    expect(inferDirection("FLOPs")).toEqual({ direction: "NOT_RANKED", unit: "" });
  });

  it("takes the unit % from the name or from how the values were written", () => {
    expect(inferDirection("% Test Accuracy")).toEqual({ direction: "HIGHER_IS_BETTER", unit: "%" });
    expect(inferDirection("Accuracy (percent)").unit).toBe("%");
    expect(inferDirection("Test Error", ["%", "%", "", "%"])).toEqual({ direction: "LOWER_IS_BETTER", unit: "%" });
    expect(inferDirection("Test Accuracy", ["", "", "%"]).unit).toBe("");
    expect(inferDirection("Test Accuracy").unit).toBe("");
  });
});
