-- CreateTable
CREATE TABLE "LeaderboardSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "benchmarkId" TEXT NOT NULL,
    "benchmarkSlug" TEXT NOT NULL,
    "asOf" DATETIME NOT NULL,
    "content" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "LeaderboardSnapshot_benchmarkSlug_idx" ON "LeaderboardSnapshot"("benchmarkSlug");

-- CreateIndex
CREATE UNIQUE INDEX "LeaderboardSnapshot_benchmarkId_hash_key" ON "LeaderboardSnapshot"("benchmarkId", "hash");

