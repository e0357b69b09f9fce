// Shared by the submission tests: the demo catalogue, users and a valid submission to vary.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { CreateSubmission, ResultRow } from "@/lib/validations/submission";
import { loadDemoCatalogue } from "@/prisma/demo/load";
import { DEMO_AREAS, DEMO_BENCHMARKS, DEMO_DATASETS, DEMO_METHODS, DEMO_TASKS } from "@/prisma/demo/catalogue";
import { DEMO_PAPERS } from "@/prisma/demo/papers";

export function loadDemo() {
  return loadDemoCatalogue({
    areas: DEMO_AREAS,
    tasks: DEMO_TASKS,
    datasets: DEMO_DATASETS,
    papers: DEMO_PAPERS,
    methods: DEMO_METHODS,
    benchmarks: DEMO_BENCHMARKS,
  });
}

export function makeUser(role: Role = "USER") {
  return prisma.user.create({ data: { email: `${role.toLowerCase()}-${randomUUID()}@example.org`, name: `Test ${role}`, role } });
}

export function row(values: string[], fields: Partial<ResultRow> = {}): ResultRow {
  return {
    modelName: `Model ${randomUUID().slice(0, 6)}`,
    values,
    usesExtraData: false,
    extraData: "",
    codeUrl: "",
    evaluatedAt: "",
    evidence: "Table 2",
    ...fields,
  };
}

/** A submission to the demo ImageNet leaderboard (Top 1 Accuracy %, Number of params) from the ResNet paper. */
export function imagenetSubmission(rows: ResultRow[] = [row(["80.1", "25M"])], paper: Partial<CreateSubmission["paper"]> = {}): CreateSubmission {
  return {
    benchmark: {
      task: "Image Classification",
      dataset: "ImageNet",
      subset: "",
      metrics: [
        { name: "Top 1 Accuracy", direction: "HIGHER_IS_BETTER", unit: "%" },
        { name: "Number of params", direction: "NOT_RANKED", unit: "" },
      ],
    },
    paper: { ref: "1512.03385", title: "", authors: "", publishedAt: "", ...paper },
    rows,
    comment: "",
  };
}

/** How many submissions and review events exist: a refusal must leave both unchanged. */
export async function countWrites() {
  return { submissions: await prisma.submission.count(), events: await prisma.reviewEvent.count() };
}

/** A published demo result by model name. */
export function demoResult(modelName: string) {
  return prisma.result.findFirstOrThrow({ where: { modelName }, include: { values: true } });
}
