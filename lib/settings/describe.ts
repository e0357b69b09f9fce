import { UNKNOWN, type Setting } from "./kinds";

/** "Ensemble (yes, no), Shots (0, 5)": a benchmark's declared settings in words, for the audit log. */
export function describeSettingsList(value: unknown): string {
  if (!Array.isArray(value)) return "none declared";
  if (value.length === 0) return "none";
  return (value as Setting[]).map((setting) => `${setting.label} (${[...setting.values, UNKNOWN].join(", ")})`).join("; ");
}
