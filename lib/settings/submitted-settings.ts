// A submitted row's settings and parameter count: checked against its benchmark's settings, stored on approval.
import { formatAmount, parseAmount } from "@/lib/axes/axes";
import {
  effectiveSettings,
  parseDeclaredSettings,
  parseSettingValues,
  SETTING_KINDS,
  STANDARD_SETTINGS,
  UNKNOWN,
  type Setting,
  type SettingValues,
} from "./kinds";

type SubmittedRow = { settings?: SettingValues; params?: string };

/** The settings a new benchmark's rows may carry: the standard ones, all optional. */
export const NEW_BENCHMARK_SETTINGS: Setting[] = SETTING_KINDS.flatMap((kind) => (kind === "CUSTOM" ? [] : [{ kind, ...STANDARD_SETTINGS[kind] }]));

/** The settings the form asks for an existing benchmark: its declared ones, else those its results carry. */
export function benchmarkSettingsOf(benchmark: { settings: string | null; results: { settings: string }[] }): Setting[] {
  return effectiveSettings(
    parseDeclaredSettings(benchmark.settings),
    benchmark.results.map((result) => ({ settings: parseSettingValues(result.settings) })),
  );
}

/**
 * The settings a row may be submitted with: a benchmark's declared ones; before a moderator declares any,
 * the standard ones (those its results carry are its settings, lib/settings/kinds.ts effectiveSettings).
 */
export function acceptedSettingsOf(benchmark: { settings: string | null } | null): Setting[] {
  return (benchmark && parseDeclaredSettings(benchmark.settings)) ?? NEW_BENCHMARK_SETTINGS;
}

/** Each row's settings that the benchmark lacks or values it does not allow, by field path ("rows.0.settings.ensemble"). */
export function settingsErrors(rows: SubmittedRow[], settings: Setting[], prefix = "rows"): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  rows.forEach((row, index) => {
    for (const [key, value] of Object.entries(row.settings ?? {})) {
      const setting = settings.find((candidate) => candidate.key === key);
      const path = `${prefix}.${index}.settings.${key}`;
      if (!setting) {
        const known = settings.map((candidate) => candidate.key).join(", ");
        errors[path] = [`Not a setting of this benchmark: ${key}${known ? ` (its settings: ${known})` : " (it has none)"}`];
      } else if (value !== UNKNOWN && !setting.values.includes(value)) {
        errors[path] = [`Not an allowed value of ${setting.label.toLowerCase()}: ${value} (one of ${[...setting.values, UNKNOWN].join(", ")})`];
      }
    }
  });
  return errors;
}

/** What the Result row stores of a submitted row: its known settings (unknown is the absence of a key), its parameter count. */
export function submittedExtras(row: SubmittedRow): { settings: string; params: number | null } {
  const known = Object.entries(row.settings ?? {}).filter(([, value]) => value !== UNKNOWN);
  return {
    settings: JSON.stringify(Object.fromEntries(known.sort(([a], [b]) => a.localeCompare(b)))),
    params: parseAmount(row.params ?? ""),
  };
}

const STANDARD_LABELS = new Map(NEW_BENCHMARK_SETTINGS.map((setting) => [setting.key, setting.label]));

/** "Ensemble: no · 3B parameters": a submitted row's settings and size, for the moderator's review. */
export function describeSubmittedExtras(row: SubmittedRow): string {
  const parts = Object.entries(row.settings ?? {}).map(([key, value]) => `${STANDARD_LABELS.get(key) ?? key}: ${value}`);
  const params = parseAmount(row.params ?? "");
  if (params !== null) parts.push(`${formatAmount(params)} parameters`);
  return parts.join(" · ");
}
