-- AlterTable
ALTER TABLE "Result" ADD COLUMN "authorConfirmedAt" DATETIME;
ALTER TABLE "Result" ADD COLUMN "baselineOfId" TEXT;
ALTER TABLE "Result" ADD COLUMN "contestedAt" DATETIME;
ALTER TABLE "Result" ADD COLUMN "reproducedAt" DATETIME;
ALTER TABLE "Result" ADD COLUMN "reproductionUrl" TEXT;

-- CreateTable
CREATE TABLE "Contest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "resultId" TEXT NOT NULL,
    "otherResultId" TEXT,
    "reason" TEXT NOT NULL DEFAULT '',
    "openedById" TEXT,
    "standingId" TEXT,
    "settledReason" TEXT,
    "settledById" TEXT,
    "settledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Contest_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Contest_otherResultId_fkey" FOREIGN KEY ("otherResultId") REFERENCES "Result" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Contest_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Contest_settledById_fkey" FOREIGN KEY ("settledById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuthorClaim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "viaOrcid" BOOLEAN NOT NULL DEFAULT false,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuthorClaim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AuthorClaim_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AuthorClaim_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Contest_status_createdAt_idx" ON "Contest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Contest_resultId_idx" ON "Contest"("resultId");

-- CreateIndex
CREATE INDEX "Contest_otherResultId_idx" ON "Contest"("otherResultId");

-- CreateIndex
CREATE INDEX "AuthorClaim_status_createdAt_idx" ON "AuthorClaim"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AuthorClaim_authorName_idx" ON "AuthorClaim"("authorName");

-- CreateIndex
CREATE UNIQUE INDEX "AuthorClaim_userId_paperId_key" ON "AuthorClaim"("userId", "paperId");

