// Users and a small benchmark for unit tests, written straight into the test's database.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import type { MetricDirection, Role } from "@/lib/generated/prisma/enums";

export async function createTestUser(role: Role = "USER") {
  const id = randomUUID().slice(0, 8);
  return prisma.user.create({ data: { email: `${role.toLowerCase()}-${id}@example.org`, name: `${role} ${id}`, role } });
}

/**
 * "Fixture Task <id> on Fixture Set <id>" with the metrics given, and one paper with a published
 * demo result per entry of `values` (each value for the first metric).
 */
export async function createTestBenchmark(
  metrics: { name: string; direction: MetricDirection; unit?: string }[] = [{ name: "Accuracy", direction: "HIGHER_IS_BETTER", unit: "%" }],
  values: number[] = [80, 90],
) {
  const id = randomUUID().slice(0, 8);
  const task = await prisma.task.create({ data: { name: `Fixture Task ${id}`, slug: `fixture-task-${id}` } });
  const dataset = await prisma.dataset.create({ data: { name: `Fixture Set ${id}`, slug: `fixture-set-${id}` } });
  const paper = await prisma.paper.create({
    data: { title: `Fixture Paper ${id}`, slug: `fixture-paper-${id}`, sourceKey: `fixture:${id}`, publishedAt: new Date("2021-03-01T00:00:00Z") },
  });
  const benchmark = await prisma.benchmark.create({
    data: {
      slug: `fixture-task-${id}-on-fixture-set-${id}`,
      taskId: task.id,
      datasetId: dataset.id,
      metrics: { create: metrics.map((metric, position) => ({ ...metric, position })) },
    },
    include: { metrics: { orderBy: { position: "asc" } } },
  });
  const results = [];
  for (const [i, value] of values.entries()) {
    results.push(
      await prisma.result.create({
        data: {
          benchmarkId: benchmark.id,
          modelName: `Model ${i + 1}`,
          paperId: paper.id,
          source: "DEMO",
          values: { create: [{ metricId: benchmark.metrics[0].id, raw: String(value), value }] },
        },
      }),
    );
  }
  return { task, dataset, paper, benchmark, metrics: benchmark.metrics, results };
}
