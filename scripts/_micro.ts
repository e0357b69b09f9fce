import { prisma } from "@/lib/db";
const r = await prisma.$queryRaw`SELECT "id", "evaluatedAt", "usesExtraData", "createdAt" FROM "Result" WHERE "evaluatedAt" IS NOT NULL LIMIT 2`;
console.log(r);
const v = await prisma.$queryRaw`SELECT "value", "uncertainty", "raw" FROM "ResultValue" LIMIT 2`;
console.log(v);
const m = await prisma.$queryRaw`SELECT "position", "direction" FROM "Metric" LIMIT 2`;
console.log(m);
