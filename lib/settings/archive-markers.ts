// What the PWC archive says about a row's settings: `uses_additional_data`, and markers in the model's
// name ("(ensemble)", "(single model)", "+ TTA", a "*" footnote with its text).
import { STANDARD_SETTINGS, type SettingValues } from "./kinds";

const EXTRA = STANDARD_SETTINGS.EXTRA_TRAINING_DATA.key;
const ENSEMBLE = STANDARD_SETTINGS.ENSEMBLE.key;
const TTA = STANDARD_SETTINGS.TEST_TIME_AUGMENTATION.key;

const SINGLE_MODEL = /\(\s*single(?:\s+model)?\s*\)/i;
const ENSEMBLE_MARK = /(?:^|[^a-z])ensembl(?:e|ed|ing)(?:[^a-z]|$)/i;
const TTA_MARK = /(?:\+\s*|\b)(?:TTA|test[- ]time augmentation)\b/i;
// "Model*" or "Model* (trained with extra data)": the star, and the text in brackets after it.
const FOOTNOTE = /\*+\s*(?:\(([^)]*)\)|\[([^\]]*)\])?/;

export type ArchiveSettings = { settings: SettingValues; notes: string };

export function settingsFromArchiveRow(row: { modelName: string; usesAdditionalData?: boolean | null }): ArchiveSettings {
  const settings: SettingValues = {};
  if (typeof row.usesAdditionalData === "boolean") settings[EXTRA] = row.usesAdditionalData ? "yes" : "no";
  if (SINGLE_MODEL.test(row.modelName)) settings[ENSEMBLE] = "no";
  else if (ENSEMBLE_MARK.test(row.modelName)) settings[ENSEMBLE] = "yes";
  if (TTA_MARK.test(row.modelName)) settings[TTA] = "yes";
  const footnote = FOOTNOTE.exec(row.modelName);
  const notes = footnote ? `* ${(footnote[1] ?? footnote[2] ?? "").trim() || "marked with a footnote in the source table"}` : "";
  return { settings, notes };
}
