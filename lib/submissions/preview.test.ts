import { describe, expect, it } from "vitest";
import type { Leaderboard, LeaderboardRow } from "@/lib/data/leaderboards";
import { resultRow } from "@/lib/test/submission-factory";
import { placeHighlighted, previewEdit, previewNewResults } from "./preview";

const published = (id: string, value: number): LeaderboardRow => ({
  id,
  modelName: `Model ${id}`,
  paper: null,
  codeUrl: null,
  evaluatedAt: null,
  usesExtraData: false,
  extraData: "",
  evidence: "",
  source: "DEMO",
  submittedBy: null,
  approvedBy: null,
  approvedAt: null,
  values: [{ metricId: "err", raw: String(value), value, uncertainty: null }],
});

const board: Leaderboard = {
  id: "b",
  slug: "b",
  description: "",
  task: { slug: "t", name: "T", area: null },
  dataset: { slug: "d", name: "D" },
  metrics: [{ id: "err", name: "Error", position: 0, direction: "LOWER_IS_BETTER", unit: "%", description: "" }],
  results: [published("a", 5), published("b", 3)],
};

describe("the review preview", () => {
  it("places proposed rows among the published ones, in the metric's direction, with new metrics added", () => {
    const preview = previewNewResults(
      board,
      {
        benchmark: {
          task: "T",
          dataset: "D",
          subset: "",
          metrics: [
            { name: "Error", direction: "LOWER_IS_BETTER", unit: "%" },
            { name: "FPS", direction: "HIGHER_IS_BETTER", unit: "" },
          ],
        },
        paper: { ref: "", title: "P", authors: "", publishedAt: "2024-01-02" },
        rows: [resultRow("New", ["4.0%", "30"]), resultRow("Newer", ["2.0%", ""])],
        comment: "",
      },
      {
        task: null,
        dataset: null,
        subset: null,
        benchmark: { id: "b", slug: "b" },
        metrics: [
          { name: "Error", direction: "LOWER_IS_BETTER", unit: "%", existing: { id: "err" } },
          { name: "FPS", direction: "HIGHER_IS_BETTER", unit: "", existing: null },
        ],
        paper: null,
        paperIdentity: null,
      },
      "Sam",
    );
    expect(preview.board.metrics.map((metric) => metric.name)).toEqual(["Error", "FPS"]);
    const [placed, newer] = placeHighlighted(preview, board.metrics[0]);
    // Ranked with the other proposed row in the board; measured against the published best.
    expect(placed).toMatchObject({
      modelName: "New",
      value: { raw: "4.0%", value: 4 },
      placement: { rank: 3, rankedCount: 4, best: 3, distanceToBest: -1, isNewBest: false },
    });
    expect(newer).toMatchObject({ placement: { rank: 1, best: 3, distanceToBest: 1, isNewBest: true } });
    expect(preview.board.results.find((row) => row.id === placed.id)?.evaluatedAt).toBe("2024-01-02T00:00:00.000Z");
  });

  it("ranks an edited row by its new value, not its old one", () => {
    const preview = previewEdit(board, board.results[0], { resultId: "a", row: resultRow("Model a", ["2.5"]), comment: "Typo" });
    expect(placeHighlighted(preview, board.metrics[0])).toMatchObject([{ id: "a", placement: { rank: 1, isNewBest: true, distanceToBest: 0.5 } }]);
  });
});
