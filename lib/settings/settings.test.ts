import { describe, expect, it } from "vitest";
import { settingsFromArchiveRow } from "./archive-markers";
import { comparableGroup, differingSettings, groupBySetting, parseSettingChoice, splitComparable } from "./grouping";
import { effectiveSettings, STANDARD_SETTINGS, type Setting, type SettingValues } from "./kinds";

const ensemble: Setting = { kind: "ENSEMBLE", ...STANDARD_SETTINGS.ENSEMBLE };
const extra: Setting = { kind: "EXTRA_TRAINING_DATA", ...STANDARD_SETTINGS.EXTRA_TRAINING_DATA };

describe("settingsFromArchiveRow", () => {
  it("maps uses_additional_data and the model name's markers", () => {
    expect(settingsFromArchiveRow({ modelName: "FPNet (ensemble)", usesAdditionalData: false })).toEqual({
      settings: { "extra-training-data": "no", ensemble: "yes" },
      notes: "",
    });
    expect(settingsFromArchiveRow({ modelName: "ALBERT + IG (single model)", usesAdditionalData: true }).settings).toEqual({
      "extra-training-data": "yes",
      ensemble: "no",
    });
    expect(settingsFromArchiveRow({ modelName: "ResNet-50 + TTA" }).settings).toEqual({ "test-time-augmentation": "yes" });
    expect(settingsFromArchiveRow({ modelName: "ViT-H* (JFT-300M pre-training)" }).notes).toBe("* JFT-300M pre-training");
    expect(settingsFromArchiveRow({ modelName: "TTAnet" }).settings).toEqual({});
  });
});

describe("grouping", () => {
  const rows: { id: string; settings: SettingValues }[] = [
    { id: "a", settings: { ensemble: "yes", "extra-training-data": "no" } },
    { id: "b", settings: { ensemble: "no", "extra-training-data": "no" } },
    { id: "c", settings: { ensemble: "no" } },
    { id: "d", settings: {} },
  ];

  it("splits rows by a setting, unknown last and shown", () => {
    expect(groupBySetting(rows, ensemble).map((group) => [group.value, group.rows.map((row) => row.id)])).toEqual([
      ["yes", ["a"]],
      ["no", ["b", "c"]],
      ["unknown", ["d"]],
    ]);
  });

  it("finds the comparable group and the rows that differ from it", () => {
    const group = comparableGroup(rows, [ensemble, extra]);
    expect(group).toEqual({ ensemble: "no", "extra-training-data": "no" });
    expect(differingSettings(rows[0], group, [ensemble, extra]).map((d) => `${d.setting.key}=${d.value}`)).toEqual(["ensemble=yes"]);
    expect(differingSettings(rows[3], group, [ensemble, extra]).map((d) => d.value)).toEqual(["unknown", "unknown"]);
  });

  it("splits the rows into the comparable group and the rest, order kept; unknown differs", () => {
    const split = splitComparable(rows, [ensemble, extra]);
    expect(split.group).toEqual({ ensemble: "no", "extra-training-data": "no" });
    expect(split.comparable.map((row) => row.id)).toEqual(["b"]);
    expect(split.others.map((row) => row.id)).toEqual(["a", "c", "d"]);
    expect(splitComparable(rows, []).comparable).toHaveLength(4);
  });

  it("reads ?setting= only for declared settings and allowed values", () => {
    expect(parseSettingChoice("ensemble", [ensemble])).toEqual({ key: "ensemble", value: null });
    expect(parseSettingChoice("ensemble:no", [ensemble])).toEqual({ key: "ensemble", value: "no" });
    expect(parseSettingChoice("ensemble:unknown", [ensemble])).toEqual({ key: "ensemble", value: "unknown" });
    expect(parseSettingChoice("ensemble:maybe", [ensemble])).toBeNull();
    expect(parseSettingChoice("shots", [ensemble])).toBeNull();
  });

  it("uses the declared settings, else the standard ones the results carry", () => {
    expect(effectiveSettings(null, rows).map((setting) => setting.key)).toEqual(["extra-training-data", "ensemble"]);
    expect(effectiveSettings([ensemble], rows)).toEqual([ensemble]);
  });
});
