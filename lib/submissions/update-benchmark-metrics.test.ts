import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { expireTags } from "@/lib/cache/expire-tags";
import { createTestBenchmark, createTestUser } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { updateBenchmarkMetrics } from "./update-benchmark-metrics";

vi.mock("@/lib/cache/expire-tags", () => ({ expireTags: vi.fn() }));

describe("updateBenchmarkMetrics", () => {
  beforeEach(resetDatabase);

  it("sets direction, unit and order, marks them reviewed and refreshes the leaderboard", async () => {
    const moderator = await createTestUser("MODERATOR");
    const fixture = await createTestBenchmark([
      { name: "Error", direction: "HIGHER_IS_BETTER" },
      { name: "Params", direction: "NOT_RANKED" },
    ]);
    const [error, params] = fixture.metrics;
    await updateBenchmarkMetrics(moderator.id, {
      benchmarkId: fixture.benchmark.id,
      metrics: [
        { id: params.id, direction: "NOT_RANKED", unit: "count" },
        { id: error.id, direction: "LOWER_IS_BETTER", unit: "%" },
      ],
    });
    const metrics = await prisma.metric.findMany({ where: { benchmarkId: fixture.benchmark.id }, orderBy: { position: "asc" } });
    expect(metrics).toMatchObject([
      { name: "Params", position: 0, unit: "count", isDirectionReviewed: true },
      { name: "Error", position: 1, direction: "LOWER_IS_BETTER", unit: "%", isDirectionReviewed: true },
    ]);
    expect(expireTags).toHaveBeenCalledWith(expect.arrayContaining(["results", `benchmark:${fixture.benchmark.id}`]));
  });

  it("refuses a plain user and a list that is not the benchmark's metrics", async () => {
    const [user, moderator] = [await createTestUser(), await createTestUser("ADMIN")];
    const fixture = await createTestBenchmark();
    const metrics = [{ id: fixture.metrics[0].id, direction: "LOWER_IS_BETTER" as const, unit: "" }];
    await expect(updateBenchmarkMetrics(user.id, { benchmarkId: fixture.benchmark.id, metrics })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateBenchmarkMetrics(moderator.id, { benchmarkId: fixture.benchmark.id, metrics: [...metrics, ...metrics] })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await prisma.metric.findUniqueOrThrow({ where: { id: fixture.metrics[0].id } })).direction).toBe("HIGHER_IS_BETTER");
  });

  it("records each change with its moderator, before and after, and nothing for an unchanged save", async () => {
    const moderator = await createTestUser("MODERATOR");
    const fixture = await createTestBenchmark([
      { name: "Error", direction: "HIGHER_IS_BETTER" },
      { name: "Params", direction: "NOT_RANKED" },
    ]);
    const [error, params] = fixture.metrics;
    const save = (metrics: { id: string; direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "NOT_RANKED"; unit: string }[]) =>
      updateBenchmarkMetrics(moderator.id, { benchmarkId: fixture.benchmark.id, metrics });
    await save([
      { id: params.id, direction: "NOT_RANKED", unit: "" },
      { id: error.id, direction: "LOWER_IS_BETTER", unit: "%" },
    ]);
    const events = (await prisma.auditEvent.findMany()).sort((a, b) => a.kind.localeCompare(b.kind));
    expect(events).toMatchObject([
      {
        kind: "METRIC_DIRECTION",
        actorId: moderator.id,
        benchmarkId: fixture.benchmark.id,
        metricId: error.id,
        subject: "Error",
        before: "HIGHER_IS_BETTER",
        after: "LOWER_IS_BETTER",
      },
      { kind: "METRIC_ORDER", subject: "metric order", before: ["Error", "Params"], after: ["Params", "Error"] },
      { kind: "METRIC_UNIT", metricId: error.id, subject: "Error", before: "", after: "%" },
    ]);
    await save([
      { id: params.id, direction: "NOT_RANKED", unit: "" },
      { id: error.id, direction: "LOWER_IS_BETTER", unit: "%" },
    ]);
    expect(await prisma.auditEvent.count()).toBe(3);
  });

  it("writes no audit event when the change is refused", async () => {
    const user = await createTestUser();
    const fixture = await createTestBenchmark();
    const metrics = [{ id: fixture.metrics[0].id, direction: "LOWER_IS_BETTER" as const, unit: "" }];
    await expect(updateBenchmarkMetrics(user.id, { benchmarkId: fixture.benchmark.id, metrics })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.auditEvent.count()).toBe(0);
  });
});
