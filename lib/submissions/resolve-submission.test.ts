import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadDemoCatalogue } from "@/prisma/demo/load";
import { DEMO_AREAS, DEMO_BENCHMARKS, DEMO_DATASETS, DEMO_METHODS, DEMO_TASKS } from "@/prisma/demo/catalogue";
import { DEMO_PAPERS } from "@/prisma/demo/papers";
import type { CreateSubmission } from "@/lib/validations/submission";
import { resolveSubmission } from "./resolve-submission";

const base: CreateSubmission = {
  benchmark: { task: "", dataset: "", subset: "", metrics: [{ name: "box AP", direction: "HIGHER_IS_BETTER", unit: "" }] },
  paper: { ref: "", title: "", authors: "", publishedAt: "" },
  rows: [],
  comment: "",
};

const resolve = (benchmark: Partial<CreateSubmission["benchmark"]>, paper: Partial<CreateSubmission["paper"]> = {}) =>
  prisma.$transaction((tx) => resolveSubmission(tx, { ...base, benchmark: { ...base.benchmark, ...benchmark }, paper: { ...base.paper, ...paper } }));

describe("resolveSubmission", () => {
  beforeAll(async () => {
    await loadDemoCatalogue({
      areas: DEMO_AREAS,
      tasks: DEMO_TASKS,
      datasets: DEMO_DATASETS,
      papers: DEMO_PAPERS,
      methods: DEMO_METHODS,
      benchmarks: DEMO_BENCHMARKS,
    });
  });

  it("finds a benchmark on a subset whatever the case of the names, and its known metrics", async () => {
    const found = await resolve({ task: "object detection", dataset: "coco", subset: "Test-Dev" });
    expect(found.benchmark?.slug).toBe("object-detection-on-coco-test-dev");
    expect(found.metrics[0].existing).not.toBeNull();
  });

  it("finds a task by a synonym and leaves a new dataset and metric unresolved", async () => {
    const found = await resolve({ task: "ASR", dataset: "Common Voice", metrics: [{ name: "CER", direction: "LOWER_IS_BETTER", unit: "%" }] });
    expect(found.task?.name).toBe("Speech Recognition");
    expect(found.dataset).toBeNull();
    expect(found.benchmark).toBeNull();
    expect(found.metrics[0]).toMatchObject({ name: "CER", existing: null });
  });

  it("finds a paper by arXiv id or URL, and not an unknown one", async () => {
    expect((await resolve({}, { ref: "https://arxiv.org/pdf/1512.03385v1.pdf" })).paper?.title).toBe("Deep Residual Learning for Image Recognition");
    expect((await resolve({}, { ref: "https://arxiv.org/abs/1708.03985" })).paper?.title).toMatch(/^AffectNet/);
    for (const ref of ["1512.03385", "arXiv:1512.03385v2"]) {
      expect((await resolve({}, { ref })).paper?.title, `a bare arXiv id: ${ref}`).toBe("Deep Residual Learning for Image Recognition");
    }
    const unknown = await resolve({}, { ref: "https://arxiv.org/abs/2401.00001", title: "A New Paper" });
    expect(unknown.paper).toBeNull();
    expect(unknown.paperIdentity).toMatchObject({ arxivId: "2401.00001", title: "A New Paper" });
  });
});
