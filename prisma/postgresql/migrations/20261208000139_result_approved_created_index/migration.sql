-- DropIndex
DROP INDEX "Result_approvedAt_idx";

-- CreateIndex
CREATE INDEX "Result_approvedAt_createdAt_idx" ON "Result"("approvedAt", "createdAt");

