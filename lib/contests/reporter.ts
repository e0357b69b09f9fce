/** Who reported a baseline: its paper's title, else its code link without the scheme ("github.com/CLUEBenchmark"). */
export function reporterOf(paperTitle: string | null | undefined, codeUrl: string | null | undefined): string {
  return paperTitle || codeUrl?.replace(/^https?:\/\/(www\.)?/i, "").replace(/\/$/, "") || "another source";
}
