// Loads the demo catalogue (prisma/demo/) into an empty database, and the demo accounts when PWC_DEMO=on.
import { prisma } from "@/lib/db";
import { DEMO_AREAS, DEMO_BENCHMARKS, DEMO_DATASETS, DEMO_METHODS, DEMO_TASKS } from "./demo/catalogue";
import { DEMO_PAPERS } from "./demo/papers";
import { loadDemoCatalogue } from "./demo/load";
import { createDemoAccounts } from "@/lib/auth/demo-accounts";
import { createDemoSubmissions } from "./demo/submissions";

if ((await prisma.task.count()) > 0) {
  console.log("The database has data: demo catalogue not loaded.");
} else {
  const counts = await loadDemoCatalogue({
    areas: DEMO_AREAS,
    tasks: DEMO_TASKS,
    datasets: DEMO_DATASETS,
    papers: DEMO_PAPERS,
    methods: DEMO_METHODS,
    benchmarks: DEMO_BENCHMARKS,
  });
  console.log(`Demo catalogue loaded: ${counts.benchmarks} benchmarks, ${counts.results} results, ${counts.papers} papers.`);
}
const accounts = await createDemoAccounts();
if (accounts.length > 0) console.log(`Demo accounts created: ${accounts.join(", ")} (passwords in README.md).`);
if ((await createDemoSubmissions()) > 0) console.log("A demo submission waits in the moderation queue.");
await prisma.$disconnect();
