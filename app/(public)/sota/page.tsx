import type { Metadata } from "next";
import { getSotaIndex } from "@/lib/data/leaderboards";
import { plural } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { SotaFilter } from "@/components/leaderboard/sota-filter";
import { SotaIndex } from "@/components/leaderboard/sota-index";

export const metadata: Metadata = {
  title: "State of the art",
  description: "Every benchmark of the catalogue by area and task, with its current best result.",
};

export default async function SotaPage() {
  const areas = await getSotaIndex();
  const tasks = areas.reduce((n, area) => n + area.taskCount, 0);
  const benchmarks = areas.reduce((n, area) => n + area.benchmarkCount, 0);
  return (
    <>
      <PageHeader
        title="State of the art"
        subtitle={`${plural(benchmarks, "benchmark")} across ${plural(tasks, "task")}: each a leaderboard with its papers, code and history.`}
      />
      {areas.length === 0 ? (
        <EmptyState>No benchmarks yet.</EmptyState>
      ) : (
        <>
          <SotaFilter areas={areas.map(({ slug, name }) => ({ slug, name }))} />
          <SotaIndex areas={areas} />
        </>
      )}
    </>
  );
}
