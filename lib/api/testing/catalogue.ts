// A small catalogue for the API's tests: one benchmark on a subset, three papers, a retracted result.
import { prisma } from "@/lib/db";

export async function createApiTestCatalogue() {
  const area = await prisma.area.create({ data: { name: "Computer Vision", slug: "computer-vision" } });
  const task = await prisma.task.create({
    data: { name: "Object Detection", slug: "object-detection", description: "Find *objects*.", areaId: area.id },
  });
  const subtask = await prisma.task.create({
    data: { name: "Real-Time Object Detection", slug: "real-time-object-detection", parentId: task.id, areaId: area.id },
  });
  const coco = await prisma.dataset.create({ data: { name: "COCO", slug: "coco", homepage: "https://cocodataset.org" } });
  const testDev = await prisma.dataset.create({ data: { name: "test-dev", slug: "coco-test-dev", parentId: coco.id } });
  const detr = await prisma.paper.create({
    data: {
      slug: "end-to-end-object-detection-with-transformers",
      title: "End-to-End Object Detection with Transformers",
      abstract: "We present a new method that views object detection as a direct set prediction problem.",
      arxivId: "2005.12872",
      url: "https://arxiv.org/abs/2005.12872",
      pdfUrl: "https://arxiv.org/pdf/2005.12872",
      publishedAt: new Date("2020-05-26T00:00:00Z"),
      venue: "ECCV 2020",
      sourceKey: "arxiv:2005.12872",
      authors: {
        create: [
          { name: "Nicolas Carion", position: 0 },
          { name: "Francisco Massa", position: 1 },
        ],
      },
      repositories: {
        create: [
          { url: "https://github.com/facebookresearch/detr", isOfficial: true, framework: "PyTorch", stars: 12000 },
          { url: "https://github.com/someone/detr-port", isOfficial: false },
        ],
      },
      tasks: { connect: [{ id: task.id }] },
      datasets: { connect: [{ id: testDev.id }] },
    },
  });
  const yolo = await prisma.paper.create({
    data: {
      slug: "yolov3-an-incremental-improvement",
      title: "YOLOv3: An Incremental Improvement",
      url: "https://pjreddie.com/media/files/papers/YOLOv3.pdf",
      publishedAt: new Date("2018-04-08T00:00:00Z"),
      sourceKey: "https://pjreddie.com/media/files/papers/YOLOv3.pdf",
      tasks: { connect: [{ id: task.id }, { id: subtask.id }] },
    },
  });
  const undated = await prisma.paper.create({ data: { slug: "an-undated-paper", title: "An Undated Paper", sourceKey: "title:an undated paper" } });
  const method = await prisma.method.create({
    data: {
      slug: "detr",
      name: "DETR",
      fullName: "Detection Transformer",
      description: "A transformer that predicts a set of boxes.",
      introducedInPaperId: detr.id,
      papers: { connect: [{ id: detr.id }] },
    },
  });
  const benchmark = await prisma.benchmark.create({
    data: {
      slug: "object-detection-on-coco-test-dev",
      taskId: task.id,
      datasetId: testDev.id,
      metrics: {
        create: [
          { name: "box AP", position: 0, direction: "HIGHER_IS_BETTER", description: "Average precision over IoU thresholds." },
          { name: "Params", position: 1, direction: "NOT_RANKED" },
          { name: "Error", position: 2, direction: "LOWER_IS_BETTER" },
        ],
      },
    },
    include: { metrics: { orderBy: { position: "asc" } } },
  });
  const [ap, params, error] = benchmark.metrics;
  const result = (
    modelName: string,
    paperId: string | null,
    values: [string, string, number | null][],
    extra: { status?: "PUBLISHED" | "RETRACTED"; evidence?: string; usesExtraData?: boolean } = {},
  ) =>
    prisma.result.create({
      data: {
        benchmarkId: benchmark.id,
        modelName,
        paperId,
        source: "DEMO",
        evaluatedAt: new Date("2020-05-26T00:00:00Z"),
        status: extra.status ?? "PUBLISHED",
        evidence: extra.evidence ?? "",
        usesExtraData: extra.usesExtraData ?? false,
        values: { create: values.map(([metricId, raw, value]) => ({ metricId, raw, value })) },
      },
    });
  const detrResult = await result(
    "DETR-R50",
    detr.id,
    [
      [ap.id, "42.0", 42],
      [params.id, "41M", 41e6],
      [error.id, "5.0", 5],
    ],
    { evidence: "https://arxiv.org/pdf/2005.12872#table.1" },
  );
  const yoloResult = await result(
    "YOLOv3",
    yolo.id,
    [
      [ap.id, "33.0", 33],
      [error.id, "3.1", 3.1],
    ],
    { evidence: "Table 3", usesExtraData: true },
  );
  await result("Retracted", detr.id, [[ap.id, "99.9", 99.9]], { status: "RETRACTED" });
  return { area, task, subtask, coco, testDev, detr, yolo, undated, method, benchmark, detrResult, yoloResult };
}
