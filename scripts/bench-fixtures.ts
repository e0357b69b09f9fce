// What `npm run bench` needs beside the imported archive: a moderator with a session cookie, submitters,
// ten thousand pending submissions written as the submission form writes them (the parsed output of
// CreateSubmissionSchema), and submissions that the bench approves on the largest leaderboard.
import { encode } from "next-auth/jwt";
import { prisma } from "@/lib/db";
import { CreateSubmissionSchema, type CreateSubmission } from "@/lib/validations/submission";

const MODERATOR_EMAIL = "bench-moderator@example.org";
const SUBMITTERS = 200;
// The session cookie of Auth.js over plain http, and the salt its JWT is encrypted with.
const SESSION_COOKIE = "authjs.session-token";

export type Moderator = { id: string; cookie: string };

/** The bench's moderator, created once, and a session cookie for it signed with `secret`. */
export async function benchModerator(secret: string): Promise<Moderator> {
  const user = await prisma.user.upsert({
    where: { email: MODERATOR_EMAIL },
    update: { role: "MODERATOR" },
    create: { email: MODERATOR_EMAIL, name: "Bench Moderator", role: "MODERATOR" },
    select: { id: true, email: true, name: true },
  });
  const token = await encode({ token: { sub: user.id, email: user.email, name: user.name }, secret, salt: SESSION_COOKIE, maxAge: 24 * 3600 });
  return { id: user.id, cookie: `${SESSION_COOKIE}=${token}` };
}

export type BenchmarkShape = {
  id: string;
  task: string;
  dataset: string;
  subset: string;
  metrics: { name: string; direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "NOT_RANKED"; unit: string }[];
};

export async function benchmarkShapes(where: { id?: string } = {}, take = 2_000): Promise<BenchmarkShape[]> {
  const benchmarks = await prisma.benchmark.findMany({
    where,
    take,
    orderBy: { slug: "asc" },
    select: {
      id: true,
      task: { select: { name: true } },
      dataset: { select: { name: true, parent: { select: { name: true } } } },
      metrics: { orderBy: { position: "asc" }, select: { name: true, direction: true, unit: true } },
    },
  });
  return benchmarks
    .filter((benchmark) => benchmark.metrics.length > 0)
    .map((benchmark) => ({
      id: benchmark.id,
      task: benchmark.task.name,
      dataset: benchmark.dataset.parent?.name ?? benchmark.dataset.name,
      subset: benchmark.dataset.parent ? benchmark.dataset.name : "",
      metrics: benchmark.metrics,
    }));
}

function payloadFor(benchmark: BenchmarkShape, modelName: string, values: string[], n: number): CreateSubmission {
  return CreateSubmissionSchema.parse({
    benchmark: { task: benchmark.task, dataset: benchmark.dataset, subset: benchmark.subset, metrics: benchmark.metrics },
    paper: { ref: `https://arxiv.org/abs/2501.${String(10000 + (n % 89999)).padStart(5, "0")}`, title: "", authors: "", publishedAt: "" },
    rows: [
      {
        modelName,
        values,
        usesExtraData: false,
        extraData: "",
        codeUrl: "",
        evaluatedAt: "2025-01-15",
        evidence: "Table 2",
      },
    ],
    comment: "",
  });
}

async function submitters(): Promise<string[]> {
  const where = { email: { startsWith: "bench-submitter-" } };
  if ((await prisma.user.count({ where })) < SUBMITTERS) {
    await prisma.user.deleteMany({ where });
    await prisma.user.createMany({
      data: Array.from({ length: SUBMITTERS }, (_, i) => ({ email: `bench-submitter-${i}@example.org`, name: `Submitter ${i}` })),
    });
  }
  return (await prisma.user.findMany({ where, select: { id: true } })).map((user) => user.id);
}

type PendingRow = { submitterId: string; benchmark: BenchmarkShape; payload: CreateSubmission; createdAt: Date };

/** Writes the submissions and their first review event; their ids, in order. */
async function writePending(rows: PendingRow[]): Promise<string[]> {
  const ids = rows.map(() => crypto.randomUUID());
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500).map((row, i) => ({ ...row, id: ids[start + i] }));
    await prisma.$transaction([
      prisma.submission.createMany({
        data: chunk.map(({ id, submitterId, benchmark, payload, createdAt }) => ({
          id,
          kind: "NEW_RESULTS" as const,
          status: "PENDING" as const,
          submitterId,
          benchmarkId: benchmark.id,
          taskName: benchmark.task,
          datasetName: [benchmark.dataset, benchmark.subset].filter(Boolean).join(" / "),
          payload,
          checks: [],
          createdAt,
        })),
      }),
      prisma.reviewEvent.createMany({
        data: chunk.map(({ id, submitterId, createdAt }) => ({ submissionId: id, actorId: submitterId, toStatus: "PENDING" as const, createdAt })),
      }),
    ]);
  }
  return ids;
}

/** Pending submissions up to `count`, on benchmarks of the catalogue, from many submitters, oldest first. */
export async function ensurePendingSubmissions(count: number): Promise<number> {
  const pending = await prisma.submission.count({ where: { status: "PENDING" } });
  if (pending >= count) return pending;
  const [users, benchmarks] = await Promise.all([submitters(), benchmarkShapes()]);
  const start = Date.now() - count * 60_000;
  const rows = Array.from({ length: count - pending }, (_, i) => {
    const benchmark = benchmarks[i % benchmarks.length];
    const values = benchmark.metrics.map((_, m) => (50 + ((i * 7 + m * 13) % 4900) / 100).toFixed(2));
    return {
      submitterId: users[i % users.length],
      benchmark,
      payload: payloadFor(benchmark, `Pending model ${i}`, values, i),
      createdAt: new Date(start + i * 60_000),
    };
  });
  await writePending(rows);
  return prisma.submission.count({ where: { status: "PENDING" } });
}

/**
 * `count` pending submissions on a benchmark, each a result that ranks first on its ranking metric:
 * once approved, it is on the leaderboard's first page. Their ids and model names, in order.
 */
export async function approvableSubmissions(benchmarkId: string, count: number): Promise<{ id: string; modelName: string }[]> {
  const [benchmark] = await benchmarkShapes({ id: benchmarkId }, 1);
  const users = await submitters();
  const ranking = benchmark.metrics.findIndex((metric) => metric.direction !== "NOT_RANKED");
  const best = await prisma.resultValue.aggregate({
    where: { metric: { benchmarkId, name: benchmark.metrics[ranking]?.name }, result: { status: "PUBLISHED" } },
    _max: { value: true },
    _min: { value: true },
  });
  const isLower = benchmark.metrics[ranking]?.direction === "LOWER_IS_BETTER";
  const stamp = Date.now().toString(36);
  const rows = Array.from({ length: count }, (_, i) => {
    // Each better than the one before: the last approved is always first.
    const value = isLower ? (best._min.value ?? 1) / (2 + i) : (best._max.value ?? 1) + 1 + i;
    const values = benchmark.metrics.map((_, m) => (m === ranking ? value.toPrecision(6) : "1.0"));
    const modelName = `Bench approval ${stamp}-${i}`;
    return { submitterId: users[i % users.length], benchmark, payload: payloadFor(benchmark, modelName, values, i), createdAt: new Date() };
  });
  const ids = await writePending(rows);
  return rows.map((row, i) => ({ id: ids[i], modelName: row.payload.rows[0].modelName }));
}
