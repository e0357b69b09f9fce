import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { decideSubmission } from "@/lib/submissions/decisions/decide-submission";
import { retractResult } from "@/lib/submissions/decisions/retract-result";
import { createTestBenchmark, createTestUser } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { createNewResultsSubmission, resultRow } from "@/lib/test/submission-factory";
import { recordWatchEvents } from "./events";
import { setWatch } from "./watches";

vi.mock("@/lib/cache/expire-tags", () => ({ expireTags: vi.fn() }));

async function submitTo(fixture: Awaited<ReturnType<typeof createTestBenchmark>>, submitterId: string, value: string) {
  return createNewResultsSubmission({
    submitterId,
    benchmark: {
      task: fixture.task.name,
      dataset: fixture.dataset.name,
      subset: "",
      metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER", unit: "%" }],
    },
    paper: { ref: "", title: fixture.paper.title, authors: "", publishedAt: "" },
    rows: [resultRow("Watched Net", [value])],
    comment: "",
  });
}

const inboxOf = (userId: string) =>
  prisma.inboxItem.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { readAt: true, event: { select: { kind: true, title: true, path: true } } },
  });

describe("watch events", () => {
  beforeEach(resetDatabase);

  it("an approval tells the board's, task's and paper's watchers of a new best, and the submitter of the review", async () => {
    const [watcher, taskWatcher, bystander, submitter, moderator] = await Promise.all([
      createTestUser(),
      createTestUser(),
      createTestUser(),
      createTestUser(),
      createTestUser("MODERATOR"),
    ]);
    const fixture = await createTestBenchmark();
    await setWatch(watcher.id, { kind: "BENCHMARK", targetId: fixture.benchmark.id, watch: true });
    await setWatch(watcher.id, { kind: "PAPER", targetId: fixture.paper.id, watch: true });
    await setWatch(taskWatcher.id, { kind: "TASK", targetId: fixture.task.id, watch: true });
    const submission = await submitTo(fixture, submitter.id, "95.5");

    await decideSubmission(moderator.id, { decision: "approve", submissionId: submission.id });

    const title = `New best on ${fixture.task.name} on ${fixture.dataset.name}: Watched Net · Accuracy 95.5`;
    // Two watches of the same change make one inbox item.
    expect(await inboxOf(watcher.id)).toEqual([{ readAt: null, event: { kind: "NEW_BEST", title, path: `/sota/${fixture.benchmark.slug}` } }]);
    expect(await inboxOf(taskWatcher.id)).toMatchObject([{ event: { kind: "NEW_BEST" } }]);
    expect(await inboxOf(bystander.id)).toEqual([]);
    expect(await inboxOf(submitter.id)).toMatchObject([
      { event: { kind: "SUBMISSION_REVIEWED", title: "Your submission was approved", path: `/submissions/${submission.id}` } },
    ]);
  });

  it("a result below the best is a new result; a retraction and a rejection are told too", async () => {
    const [watcher, submitter, moderator] = await Promise.all([createTestUser(), createTestUser(), createTestUser("MODERATOR")]);
    const fixture = await createTestBenchmark();
    await setWatch(watcher.id, { kind: "DATASET", targetId: fixture.dataset.id, watch: true });
    const { resultIds } = await decideSubmission(moderator.id, { decision: "approve", submissionId: (await submitTo(fixture, submitter.id, "85")).id });
    await retractResult(moderator.id, { resultId: resultIds[0], reason: "Test set leak." });
    await decideSubmission(moderator.id, { decision: "reject", submissionId: (await submitTo(fixture, submitter.id, "99")).id, reason: "No evidence." });

    expect((await inboxOf(watcher.id)).map((item) => item.event.kind)).toEqual(["NEW_RESULT", "RESULT_RETRACTED"]);
    expect((await inboxOf(watcher.id))[1].event.title).toBe(`Retracted on ${fixture.task.name} on ${fixture.dataset.name}: Watched Net (Test set leak.)`);
    expect((await inboxOf(submitter.id)).map((item) => item.event.title)).toEqual([
      "Your submission was approved",
      "Your submission was rejected: No evidence.",
    ]);
  });

  it("puts a webhook delivery in the outbox per event, and writes nothing when the change rolls back", async () => {
    const watcher = await createTestUser();
    const fixture = await createTestBenchmark();
    await setWatch(watcher.id, { kind: "BENCHMARK", targetId: fixture.benchmark.id, watch: true });
    const watch = await prisma.watch.findFirstOrThrow({ where: { userId: watcher.id } });
    const hook = await prisma.webhook.create({ data: { userId: watcher.id, watchId: watch.id, url: "http://127.0.0.1:9/hook", secret: "s" } });
    const event = {
      kind: "RESULT_CONTESTED" as const,
      title: "Contested",
      path: "/sota/x",
      targets: [{ kind: "BENCHMARK" as const, id: fixture.benchmark.id }],
    };

    await expect(
      prisma.$transaction(async (tx) => {
        await recordWatchEvents(tx, event);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma.outboxMessage.count()).toBe(0);
    expect(await prisma.inboxItem.count()).toBe(0);

    const { eventId } = await prisma.$transaction((tx) => recordWatchEvents(tx, event));
    expect(await prisma.outboxMessage.findMany({ select: { kind: true, dedupKey: true, webhookId: true, status: true } })).toEqual([
      { kind: "WEBHOOK", dedupKey: `webhook:${hook.id}:${eventId}`, webhookId: hook.id, status: "PENDING" },
    ]);
  });

  it("refuses to watch what does not exist, and unwatching stops the inbox", async () => {
    const watcher = await createTestUser();
    await expect(setWatch(watcher.id, { kind: "TASK", targetId: "nope", watch: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setWatch(null, { kind: "TASK", targetId: "nope", watch: true })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const fixture = await createTestBenchmark();
    await setWatch(watcher.id, { kind: "AUTHOR", targetId: "ada-lovelace", watch: true });
    await setWatch(watcher.id, { kind: "BENCHMARK", targetId: fixture.benchmark.id, watch: true });
    expect(await setWatch(watcher.id, { kind: "BENCHMARK", targetId: fixture.benchmark.id, watch: false })).toEqual({ isWatching: false });
    expect(await prisma.watch.findMany({ where: { userId: watcher.id }, select: { targetKind: true, label: true } })).toEqual([
      { targetKind: "AUTHOR", label: "ada-lovelace" },
    ]);
  });
});
