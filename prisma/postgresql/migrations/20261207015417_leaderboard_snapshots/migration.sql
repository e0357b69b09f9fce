-- CreateTable
CREATE TABLE "LeaderboardSnapshot" (
    "id" TEXT NOT NULL,
    "benchmarkId" TEXT NOT NULL,
    "benchmarkSlug" TEXT NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "content" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeaderboardSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LeaderboardSnapshot_benchmarkSlug_idx" ON "LeaderboardSnapshot"("benchmarkSlug");

-- CreateIndex
CREATE UNIQUE INDEX "LeaderboardSnapshot_benchmarkId_hash_key" ON "LeaderboardSnapshot"("benchmarkId", "hash");

