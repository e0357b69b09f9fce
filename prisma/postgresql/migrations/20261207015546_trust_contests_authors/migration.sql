-- CreateEnum
CREATE TYPE "ContestKind" AS ENUM ('VALUES', 'DISPUTE');

-- CreateEnum
CREATE TYPE "ContestStatus" AS ENUM ('OPEN', 'SETTLED');

-- CreateEnum
CREATE TYPE "AuthorClaimStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditKind" ADD VALUE 'AUTHOR_CLAIM';
ALTER TYPE "AuditKind" ADD VALUE 'RESULT_CONFIRMED';
ALTER TYPE "AuditKind" ADD VALUE 'RESULT_DISPUTED';
ALTER TYPE "AuditKind" ADD VALUE 'CONTEST_SETTLED';
ALTER TYPE "AuditKind" ADD VALUE 'TRUST_EVIDENCE';

-- AlterTable
ALTER TABLE "Result" ADD COLUMN     "authorConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "baselineOfId" TEXT,
ADD COLUMN     "contestedAt" TIMESTAMP(3),
ADD COLUMN     "reproducedAt" TIMESTAMP(3),
ADD COLUMN     "reproductionUrl" TEXT;

-- CreateTable
CREATE TABLE "Contest" (
    "id" TEXT NOT NULL,
    "kind" "ContestKind" NOT NULL,
    "status" "ContestStatus" NOT NULL DEFAULT 'OPEN',
    "resultId" TEXT NOT NULL,
    "otherResultId" TEXT,
    "reason" TEXT NOT NULL DEFAULT '',
    "openedById" TEXT,
    "standingId" TEXT,
    "settledReason" TEXT,
    "settledById" TEXT,
    "settledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Contest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthorClaim" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "AuthorClaimStatus" NOT NULL DEFAULT 'PENDING',
    "viaOrcid" BOOLEAN NOT NULL DEFAULT false,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthorClaim_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_otherResultId_fkey" FOREIGN KEY ("otherResultId") REFERENCES "Result"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_settledById_fkey" FOREIGN KEY ("settledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorClaim" ADD CONSTRAINT "AuthorClaim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorClaim" ADD CONSTRAINT "AuthorClaim_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorClaim" ADD CONSTRAINT "AuthorClaim_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

