-- CreateIndex
CREATE INDEX "Paper_title_idx" ON "Paper"("title");

