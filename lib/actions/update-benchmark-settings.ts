"use server";

import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { updateBenchmarkSettings } from "@/lib/settings/update-benchmark-settings";
import { BenchmarkSettingsFormSchema, type BenchmarkSettingsForm } from "@/lib/validations/benchmark-settings";

/** /moderation/benchmarks/[slug]: the settings a benchmark's results are compared by. */
export async function updateBenchmarkSettingsAction(input: unknown): Promise<FormResult<BenchmarkSettingsForm>> {
  const parsed = BenchmarkSettingsFormSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await updateBenchmarkSettings((await currentWriter())?.id ?? null, parsed.data);
    return { ok: true, message: "Saved. The leaderboard compares by these settings from now on." };
  } catch (error) {
    return refusal(error);
  }
}
