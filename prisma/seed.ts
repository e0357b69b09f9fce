import { prisma } from "@/lib/db";

// Placeholder: the curated demo catalogue lands in the next commit.
const tasks = await prisma.task.count();
console.log(tasks > 0 ? "Database has data: demo data not loaded." : "Demo data: none yet.");
await prisma.$disconnect();
