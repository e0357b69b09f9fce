import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { getBenchmarkForEditing } from "@/lib/submissions/read/moderation-benchmarks";
import { requireModerator } from "../../../_components/moderators-only";
import { MetricsForm } from "./_components/metrics-form";
import { SettingsForm } from "./_components/settings-form";
import { getBenchmarkSettings } from "@/lib/data/benchmark-settings";

export const metadata: Metadata = { title: "Correct a benchmark's metrics", robots: { index: false } };

export default async function EditBenchmarkPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireModerator(`/moderation/benchmarks/${slug}`);
  const benchmark = await getBenchmarkForEditing(slug);
  if (!benchmark) notFound();
  const { settings, isDeclared } = await getBenchmarkSettings(benchmark.id);

  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/moderation", label: "Moderation" },
          { href: "/moderation/benchmarks", label: "Benchmarks" },
        ]}
        title={benchmark.label}
        subtitle="Each metric's direction decides which end of the leaderboard is best; the first ranked metric is the default ranking."
        actions={
          <ButtonLink href={`/sota/${benchmark.slug}`} prefetch={false}>
            View the leaderboard
          </ButtonLink>
        }
      />
      <MetricsForm benchmark={benchmark} />
      <section aria-labelledby="settings-heading" className="mt-10 space-y-3">
        <h2 id="settings-heading">Settings that split comparisons</h2>
        <SettingsForm benchmarkId={benchmark.id} settings={settings} isDeclared={isDeclared} />
      </section>
    </>
  );
}
