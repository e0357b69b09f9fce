import { prisma } from "@/lib/db";

// What an import, a submission or a review must never leave behind, whatever stopped it (SIGKILL
// included): each check counts the rows that break one rule. Plain SQL that every database the project
// targets understands.
const CHECKS = {
  "results without values": `SELECT count(*) AS "n" FROM "Result" r
    WHERE NOT EXISTS (SELECT 1 FROM "ResultValue" v WHERE v."resultId" = r."id")`,
  "benchmarks without metrics": `SELECT count(*) AS "n" FROM "Benchmark" b
    WHERE NOT EXISTS (SELECT 1 FROM "Metric" m WHERE m."benchmarkId" = b."id")`,
  "values of a metric of another benchmark": `SELECT count(*) AS "n" FROM "ResultValue" v
    JOIN "Result" r ON r."id" = v."resultId" JOIN "Metric" m ON m."id" = v."metricId"
    WHERE m."benchmarkId" <> r."benchmarkId"`,
  "values without their result or metric": `SELECT count(*) AS "n" FROM "ResultValue" v
    WHERE NOT EXISTS (SELECT 1 FROM "Result" r WHERE r."id" = v."resultId")
       OR NOT EXISTS (SELECT 1 FROM "Metric" m WHERE m."id" = v."metricId")`,
  "results of a missing benchmark or paper": `SELECT count(*) AS "n" FROM "Result" r
    WHERE NOT EXISTS (SELECT 1 FROM "Benchmark" b WHERE b."id" = r."benchmarkId")
       OR (r."paperId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Paper" p WHERE p."id" = r."paperId"))`,
  "benchmarks of a missing task or dataset": `SELECT count(*) AS "n" FROM "Benchmark" b
    WHERE NOT EXISTS (SELECT 1 FROM "Task" t WHERE t."id" = b."taskId")
       OR NOT EXISTS (SELECT 1 FROM "Dataset" d WHERE d."id" = b."datasetId")`,
  "subsets of a missing dataset": `SELECT count(*) AS "n" FROM "Dataset" d
    WHERE d."parentId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Dataset" p WHERE p."id" = d."parentId")`,
  "tasks of a missing parent": `SELECT count(*) AS "n" FROM "Task" t
    WHERE t."parentId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Task" p WHERE p."id" = t."parentId")`,
  "imported results named twice": `SELECT count(*) AS "n" FROM (SELECT "sourceKey" FROM "Result"
    WHERE "sourceKey" IS NOT NULL GROUP BY "sourceKey" HAVING count(*) > 1) twice`,
  "benchmarks twice for one task and dataset": `SELECT count(*) AS "n" FROM (SELECT "taskId", "datasetId" FROM "Benchmark"
    GROUP BY "taskId", "datasetId" HAVING count(*) > 1) twice`,
  "metrics twice on one benchmark": `SELECT count(*) AS "n" FROM (SELECT "benchmarkId", "name" FROM "Metric"
    GROUP BY "benchmarkId", "name" HAVING count(*) > 1) twice`,
  "datasets twice under one parent": `SELECT count(*) AS "n" FROM (SELECT "parentId", "name" FROM "Dataset"
    GROUP BY "parentId", "name" HAVING count(*) > 1) twice`,
  "tasks twice": `SELECT count(*) AS "n" FROM (SELECT "name" FROM "Task" GROUP BY "name" HAVING count(*) > 1) twice`,
  "papers twice": `SELECT count(*) AS "n" FROM (SELECT "sourceKey" FROM "Paper" GROUP BY "sourceKey" HAVING count(*) > 1) twice`,
  "submissions without a review event": `SELECT count(*) AS "n" FROM "Submission" s
    WHERE NOT EXISTS (SELECT 1 FROM "ReviewEvent" e WHERE e."submissionId" = s."id")`,
  "submissions in another state than their last review event": `SELECT count(*) AS "n" FROM "Submission" s
    WHERE s."status" <> (SELECT e."toStatus" FROM "ReviewEvent" e WHERE e."submissionId" = s."id"
      ORDER BY e."createdAt" DESC LIMIT 1)`,
  "approved new results that were not published": `SELECT count(*) AS "n" FROM "Submission" s
    WHERE s."kind" = 'NEW_RESULTS' AND s."status" IN ('APPROVED', 'RETRACTED')
      AND NOT EXISTS (SELECT 1 FROM "Result" r WHERE r."sourceKey" LIKE 'submission:' || s."id" || ':%')`,
  "results of a submission that is not approved": `SELECT count(*) AS "n" FROM "Result" r
    WHERE r."sourceKey" LIKE 'submission:%' AND NOT EXISTS (SELECT 1 FROM "Submission" s
      WHERE s."status" IN ('APPROVED', 'RETRACTED') AND r."sourceKey" LIKE 'submission:' || s."id" || ':%')`,
} as const;

export type Inconsistency = { rule: keyof typeof CHECKS; rows: number };

/** Every rule the catalogue breaks, with the number of rows that break it; none when consistent. */
export async function findInconsistencies(): Promise<Inconsistency[]> {
  const found: Inconsistency[] = [];
  for (const [rule, sql] of Object.entries(CHECKS) as [keyof typeof CHECKS, string][]) {
    const [row] = await prisma.$queryRawUnsafe<{ n: number | bigint }[]>(sql);
    const rows = Number(row?.n ?? 0);
    if (rows > 0) found.push({ rule, rows });
  }
  return found;
}

/** How many rows each table of the catalogue holds. */
export async function catalogueCounts() {
  const [tasks, datasets, benchmarks, metrics, papers, results, values] = await Promise.all([
    prisma.task.count(),
    prisma.dataset.count(),
    prisma.benchmark.count(),
    prisma.metric.count(),
    prisma.paper.count(),
    prisma.result.count(),
    prisma.resultValue.count(),
  ]);
  return { tasks, datasets, benchmarks, metrics, papers, results, values };
}
