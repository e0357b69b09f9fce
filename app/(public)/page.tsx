import type { Metadata } from "next";
import { getCatalogueCounts, listAreas } from "@/lib/data/catalogue";
import { getLatestResults, getNotableBenchmarks } from "@/lib/data/home";
import { HomeAreas } from "./_components/home-areas";
import { HomeHero } from "./_components/home-hero";
import { HomeLatestResults } from "./_components/home-latest-results";
import { HomeNotableBenchmarks } from "./_components/home-notable-benchmarks";

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default async function HomePage() {
  const [counts, benchmarks, results, areas] = await Promise.all([getCatalogueCounts(), getNotableBenchmarks(6), getLatestResults(6), listAreas(6)]);
  return (
    <div className="space-y-10">
      <HomeHero counts={counts} />
      <HomeNotableBenchmarks benchmarks={benchmarks} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <HomeLatestResults results={results} />
        <HomeAreas areas={areas} />
      </div>
    </div>
  );
}
