import { readFileSync } from "node:fs";
import path from "node:path";

/** A recorded-shape answer of arXiv's export API (e2e/fixtures/arxiv/README.md), for the tests. */
export const readArxivFixture = (name: string) => readFileSync(path.resolve("e2e/fixtures/arxiv", name), "utf8");
