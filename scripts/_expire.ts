import { expireTagsEverywhere } from "@/lib/cache/tag-store.js";
import { prisma } from "@/lib/db";
const [b] = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Benchmark" WHERE slug = ${process.argv[2]}`;
const url = `http://localhost:4420/sota/${process.argv[2]}`;
await fetch(url).then((r) => r.text());
const times: number[] = [];
for (let i = 0; i < Number(process.argv[3] ?? 10); i++) {
  await expireTagsEverywhere([`benchmark:${b.id}`]);
  const t = performance.now();
  await fetch(url).then((r) => r.text());
  times.push(Math.round(performance.now() - t));
  await new Promise((r) => setTimeout(r, 100));
}
console.log(times.join(" "));
