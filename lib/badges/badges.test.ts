import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { etagOf } from "@/lib/http/cached-response";
import { createTestBenchmark } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { renderBadge, textWidth } from "./badge-svg";
import { paperBadge, resultBadge } from "./badges";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn }));

describe("renderBadge", () => {
  it("sizes each part from its text and names the badge for screen readers", () => {
    expect(textWidth("iiii")).toBeLessThan(textWidth("MMMM"));
    expect(textWidth("#2 on ImageNet")).toBeGreaterThan(70);
    expect(textWidth("#2 on ImageNet")).toBeLessThan(100);
    const svg = renderBadge({ label: "#2 on ImageNet", message: "top-1 88.5", tone: "top" });
    const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)![1]);
    expect(width).toBe(textWidth("#2 on ImageNet") + textWidth("top-1 88.5") + 20);
    expect(svg).toContain('role="img" aria-label="#2 on ImageNet · top-1 88.5"');
    expect(svg).toContain("<title>#2 on ImageNet · top-1 88.5</title>");
  });

  it("escapes what it writes", () => {
    expect(renderBadge({ label: "A<B", message: "x&y", tone: "plain" })).toContain("A&lt;B");
  });
});

describe("a result's badge", () => {
  beforeEach(resetDatabase);

  it("says its rank and value, and changes when a better result takes its place", async () => {
    const fixture = await createTestBenchmark([{ name: "top-1", direction: "HIGHER_IS_BETTER" }], [88.5, 80]);
    const [ours] = fixture.results;
    const first = (await resultBadge(ours.id))!;
    expect(first).toContain(`<title>#1 on ${fixture.dataset.name} · top-1 88.5</title>`);

    await prisma.result.create({
      data: {
        benchmarkId: fixture.benchmark.id,
        modelName: "Better",
        source: "DEMO",
        values: { create: [{ metricId: fixture.metrics[0].id, raw: "90", value: 90 }] },
      },
    });
    const second = (await resultBadge(ours.id))!;
    expect(second).toContain(`<title>#2 on ${fixture.dataset.name} · top-1 88.5</title>`);
    expect(etagOf(second)).not.toBe(etagOf(first));
    expect(await paperBadge(fixture.paper.slug, fixture.benchmark.slug)).toContain(`#2 on ${fixture.dataset.name} · top-1 88.5`);

    await prisma.result.update({ where: { id: ours.id }, data: { status: "RETRACTED" } });
    expect(await resultBadge(ours.id)).toContain("retracted");
    expect(await resultBadge("no-such-result")).toBeNull();
  });
});
