"use server";

import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { updateBenchmarkMetrics } from "@/lib/submissions/update-benchmark-metrics";
import { BenchmarkMetricsSchema, type BenchmarkMetrics } from "@/lib/validations/moderation";

/** /moderation/benchmarks/[slug]: a benchmark's metrics in a new order, directions and units. */
export async function updateBenchmarkMetricsAction(input: unknown): Promise<FormResult<BenchmarkMetrics>> {
  const parsed = BenchmarkMetricsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await updateBenchmarkMetrics((await currentWriter())?.id ?? null, parsed.data);
    return { ok: true, message: "Saved. The leaderboard is ranked with these metrics from now on." };
  } catch (error) {
    return refusal(error);
  }
}
