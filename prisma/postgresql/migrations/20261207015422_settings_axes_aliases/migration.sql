-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditKind" ADD VALUE 'BENCHMARK_SETTINGS';
ALTER TYPE "AuditKind" ADD VALUE 'ENTRY_REPLACED';

-- AlterTable
ALTER TABLE "Benchmark" ADD COLUMN     "settings" TEXT;

-- AlterTable
ALTER TABLE "Result" ADD COLUMN     "inferenceCost" DOUBLE PRECISION,
ADD COLUMN     "params" DOUBLE PRECISION,
ADD COLUMN     "settingNotes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "settings" TEXT NOT NULL DEFAULT '{}',
ADD COLUMN     "trainingCompute" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "CatalogueAlias" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogueAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CatalogueAlias_kind_normalized_idx" ON "CatalogueAlias"("kind", "normalized");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueAlias_kind_normalized_targetId_key" ON "CatalogueAlias"("kind", "normalized", "targetId");

