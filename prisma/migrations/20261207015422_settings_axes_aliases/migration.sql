-- AlterTable
ALTER TABLE "Benchmark" ADD COLUMN "settings" TEXT;

-- CreateTable
CREATE TABLE "CatalogueAlias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Result" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "benchmarkId" TEXT NOT NULL,
    "modelName" TEXT NOT NULL,
    "paperId" TEXT,
    "codeUrl" TEXT,
    "evaluatedAt" DATETIME,
    "usesExtraData" BOOLEAN NOT NULL DEFAULT false,
    "extraData" TEXT NOT NULL DEFAULT '',
    "evidence" TEXT NOT NULL DEFAULT '',
    "settings" TEXT NOT NULL DEFAULT '{}',
    "settingNotes" TEXT NOT NULL DEFAULT '',
    "params" REAL,
    "trainingCompute" REAL,
    "inferenceCost" REAL,
    "status" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "retractedReason" TEXT,
    "source" TEXT NOT NULL,
    "sourceKey" TEXT,
    "submittedById" TEXT,
    "approvedById" TEXT,
    "approvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Result_benchmarkId_fkey" FOREIGN KEY ("benchmarkId") REFERENCES "Benchmark" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Result_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Result_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Result_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Result" ("approvedAt", "approvedById", "benchmarkId", "codeUrl", "createdAt", "evaluatedAt", "evidence", "extraData", "id", "modelName", "paperId", "retractedReason", "source", "sourceKey", "status", "submittedById", "updatedAt", "usesExtraData") SELECT "approvedAt", "approvedById", "benchmarkId", "codeUrl", "createdAt", "evaluatedAt", "evidence", "extraData", "id", "modelName", "paperId", "retractedReason", "source", "sourceKey", "status", "submittedById", "updatedAt", "usesExtraData" FROM "Result";
DROP TABLE "Result";
ALTER TABLE "new_Result" RENAME TO "Result";
CREATE UNIQUE INDEX "Result_sourceKey_key" ON "Result"("sourceKey");
CREATE INDEX "Result_benchmarkId_status_idx" ON "Result"("benchmarkId", "status");
CREATE INDEX "Result_paperId_idx" ON "Result"("paperId");
CREATE INDEX "Result_approvedAt_idx" ON "Result"("approvedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CatalogueAlias_kind_normalized_idx" ON "CatalogueAlias"("kind", "normalized");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueAlias_kind_normalized_targetId_key" ON "CatalogueAlias"("kind", "normalized", "targetId");

