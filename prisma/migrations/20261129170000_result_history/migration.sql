-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ResultRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "resultId" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "change" TEXT NOT NULL DEFAULT 'EDITED',
    "reason" TEXT,
    "actorId" TEXT,
    "submissionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ResultRevision_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ResultRevision_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ResultRevision_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ResultRevision" ("createdAt", "id", "resultId", "snapshot", "submissionId") SELECT "createdAt", "id", "resultId", "snapshot", "submissionId" FROM "ResultRevision";
DROP TABLE "ResultRevision";
ALTER TABLE "new_ResultRevision" RENAME TO "ResultRevision";
CREATE INDEX "ResultRevision_resultId_idx" ON "ResultRevision"("resultId");
CREATE INDEX "ResultRevision_createdAt_idx" ON "ResultRevision"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

