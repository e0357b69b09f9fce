import { describe, expect, it } from "vitest";
import { CreateSubmissionSchema } from "@/lib/validations/submission";
import { STANDARD_SETTINGS, type Setting } from "./kinds";
import { acceptedSettingsOf, benchmarkSettingsOf, NEW_BENCHMARK_SETTINGS, settingsErrors, submittedExtras } from "./submitted-settings";

const ensemble: Setting = { kind: "ENSEMBLE", ...STANDARD_SETTINGS.ENSEMBLE };

describe("submitted settings", () => {
  it("names an unknown key or a value not allowed next to its field; unknown is always allowed", () => {
    const rows: { settings: Record<string, string> }[] = [{ settings: { ensemble: "unknown" } }, { settings: { ensemble: "maybe", shots: "5" } }];
    expect(settingsErrors(rows, [ensemble])).toEqual({
      "rows.1.settings.ensemble": ["Not an allowed value of ensemble: maybe (one of yes, no, unknown)"],
      "rows.1.settings.shots": ["Not a setting of this benchmark: shots (its settings: ensemble)"],
    });
    expect(settingsErrors([{ settings: { shots: "5" } }, {}], NEW_BENCHMARK_SETTINGS)).toEqual({});
  });

  it("asks an existing benchmark's declared settings, else those its results carry", () => {
    expect(benchmarkSettingsOf({ settings: null, results: [{ settings: '{"ensemble":"yes"}' }, { settings: "{}" }] })).toEqual([ensemble]);
    expect(benchmarkSettingsOf({ settings: "[]", results: [{ settings: '{"ensemble":"yes"}' }] })).toEqual([]);
    // Accepted: the declared ones only; before any are declared, every standard one.
    expect(acceptedSettingsOf({ settings: JSON.stringify([ensemble]) })).toEqual([ensemble]);
    expect(acceptedSettingsOf({ settings: null })).toBe(NEW_BENCHMARK_SETTINGS);
    expect(acceptedSettingsOf(null)).toBe(NEW_BENCHMARK_SETTINGS);
  });

  it("stores the known settings and the parameter count; unknown is no key", () => {
    expect(submittedExtras({ settings: { shots: "5", ensemble: "unknown" }, params: "7B" })).toEqual({ settings: '{"shots":"5"}', params: 7e9 });
    expect(submittedExtras({})).toEqual({ settings: "{}", params: null });
  });

  it("takes rows with or without settings and params, and refuses a parameter count it cannot read", () => {
    const row = { modelName: "M", values: ["1"], usesExtraData: false, extraData: "", codeUrl: "", evaluatedAt: "", evidence: "Table 1" };
    const submission = (rows: object[]) => ({
      benchmark: { task: "T", dataset: "D", subset: "", metrics: [{ name: "Acc", direction: "HIGHER_IS_BETTER", unit: "" }] },
      paper: { ref: "", title: "P", authors: "", publishedAt: "" },
      rows,
      comment: "",
    });
    expect(CreateSubmissionSchema.safeParse(submission([row])).success).toBe(true);
    expect(CreateSubmissionSchema.safeParse(submission([{ ...row, settings: { ensemble: "no" }, params: "7e9" }])).success).toBe(true);
    const bad = CreateSubmissionSchema.safeParse(submission([{ ...row, params: "seven billion" }]));
    expect(bad.success ? [] : bad.error.issues.map((issue) => issue.path.join("."))).toEqual(["rows.0.params"]);
  });
});
