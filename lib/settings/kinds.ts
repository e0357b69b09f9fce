// The settings that make two results comparable or not. A benchmark declares the ones that matter to it;
// every result carries a value for each, and "unknown" is a value of its own, shown, never hidden.
import { z } from "zod";

export const UNKNOWN = "unknown";

export const SETTING_KINDS = [
  "EXTRA_TRAINING_DATA",
  "TEST_TIME_AUGMENTATION",
  "ENSEMBLE",
  "PRETRAINING_DATA",
  "SHOTS",
  "EXTERNAL_TOOLS",
  "EVALUATION_HARNESS",
  "CUSTOM",
] as const;
export type SettingKind = (typeof SETTING_KINDS)[number];

/** The typed settings with their key, label and usual values; a moderator may change the values, or define CUSTOM ones. */
export const STANDARD_SETTINGS: Record<Exclude<SettingKind, "CUSTOM">, { key: string; label: string; values: string[] }> = {
  EXTRA_TRAINING_DATA: { key: "extra-training-data", label: "Extra training data", values: ["yes", "no"] },
  TEST_TIME_AUGMENTATION: { key: "test-time-augmentation", label: "Test-time augmentation", values: ["yes", "no"] },
  ENSEMBLE: { key: "ensemble", label: "Ensemble", values: ["yes", "no"] },
  PRETRAINING_DATA: { key: "pretraining-data", label: "Pre-training data", values: ["none", "ImageNet-1k", "ImageNet-21k", "JFT-300M", "web-scale"] },
  SHOTS: { key: "shots", label: "Shots", values: ["0", "1", "5", "few", "fine-tuned"] },
  EXTERNAL_TOOLS: { key: "external-tools", label: "External tools", values: ["yes", "no"] },
  EVALUATION_HARNESS: { key: "evaluation-harness", label: "Evaluation harness", values: ["official", "lm-evaluation-harness", "own"] },
};

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SettingSchema = z.object({
  key: z.string().trim().regex(KEY, "Lower-case words joined by hyphens, like extra-training-data"),
  kind: z.enum(SETTING_KINDS),
  label: z.string().trim().min(1, "A label is required").max(60),
  values: z
    .array(z.string().trim().min(1).max(40))
    .min(1, "At least one allowed value")
    .max(20)
    .refine((values) => !values.includes(UNKNOWN), `"${UNKNOWN}" is always allowed; do not list it`)
    .refine((values) => new Set(values).size === values.length, "Each value once"),
});
export type Setting = z.infer<typeof SettingSchema>;

export const BenchmarkSettingsSchema = z
  .array(SettingSchema)
  .max(12)
  .refine((settings) => new Set(settings.map((setting) => setting.key)).size === settings.length, "Each key once");

/** A result's settings: key → value; a key it does not have is unknown. */
export type SettingValues = Record<string, string>;

/** Reads a stored JSON text (Benchmark.settings or Result.settings) without trusting it. */
export function parseSettingValues(text: string | null | undefined): SettingValues {
  try {
    const parsed: unknown = JSON.parse(text || "{}");
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch {
    return {};
  }
}

export function parseDeclaredSettings(text: string | null | undefined): Setting[] | null {
  if (text === null || text === undefined) return null;
  try {
    const parsed = BenchmarkSettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The value of one setting for a result: its own, else unknown. */
export function settingValue(values: SettingValues, key: string): string {
  return values[key] ?? UNKNOWN;
}

/**
 * The settings a benchmark compares by: the declared ones; before a moderator declares any, the standard
 * settings its results already carry (the importer's), in the standard order.
 */
export function effectiveSettings(declared: Setting[] | null, results: { settings: SettingValues }[]): Setting[] {
  if (declared) return declared;
  const carried = new Set(results.flatMap((result) => Object.keys(result.settings)));
  return SETTING_KINDS.flatMap((kind) => {
    if (kind === "CUSTOM") return [];
    const standard = STANDARD_SETTINGS[kind];
    return carried.has(standard.key) ? [{ kind, ...standard }] : [];
  });
}
