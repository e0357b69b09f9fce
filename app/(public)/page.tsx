import { prisma } from "@/lib/db";

export default async function HomePage() {
  const tasks = await prisma.task.count();
  return (
    <div>
      <h1>Papers With Code 2</h1>
      <p>{tasks} tasks</p>
    </div>
  );
}
