import { z } from "zod";
import { SETTING_KINDS, SettingSchema, UNKNOWN, type Setting } from "@/lib/settings/kinds";

/** One row of the moderator's settings form: the allowed values as one comma-separated text. */
export const SettingRowSchema = z.object({
  kind: z.enum(SETTING_KINDS),
  key: SettingSchema.shape.key,
  label: SettingSchema.shape.label,
  values: z
    .string()
    .trim()
    .min(1, "List the allowed values, separated by commas")
    .refine((text) => !splitValues(text).includes(UNKNOWN), `"${UNKNOWN}" is always allowed; do not list it`)
    .refine((text) => new Set(splitValues(text)).size === splitValues(text).length, "Each value once"),
});

/** /moderation/benchmarks/[slug]: the settings a benchmark's results are compared by. */
export const BenchmarkSettingsFormSchema = z.object({
  benchmarkId: z.string().min(1),
  settings: z
    .array(SettingRowSchema)
    .max(12, "At most 12 settings")
    .refine((rows) => new Set(rows.map((row) => row.key)).size === rows.length, "Each key once"),
});
export type BenchmarkSettingsForm = z.infer<typeof BenchmarkSettingsFormSchema>;

export function splitValues(text: string): string[] {
  return text
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean);
}

export function settingsOfForm(rows: BenchmarkSettingsForm["settings"]): Setting[] {
  return rows.map((row) => ({ ...row, values: splitValues(row.values) }));
}
