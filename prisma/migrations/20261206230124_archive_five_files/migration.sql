-- Added columns only (no table rebuilt: the search triggers on Dataset and Method stay).

-- AlterTable
ALTER TABLE "Paper" ADD COLUMN "pwcSlug" TEXT;

-- AlterTable
ALTER TABLE "CodeRepository" ADD COLUMN "mentionedInPaper" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "CodeRepository" ADD COLUMN "mentionedInGithub" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN "fullName" TEXT;
ALTER TABLE "Dataset" ADD COLUMN "introducedAt" DATETIME;
ALTER TABLE "Dataset" ADD COLUMN "paperTitle" TEXT;
ALTER TABLE "Dataset" ADD COLUMN "paperUrl" TEXT;
ALTER TABLE "Dataset" ADD COLUMN "variants" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "Dataset" ADD COLUMN "languages" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Method" ADD COLUMN "introducedYear" INTEGER;
ALTER TABLE "Method" ADD COLUMN "sourceTitle" TEXT;
ALTER TABLE "Method" ADD COLUMN "sourceUrl" TEXT;
ALTER TABLE "Method" ADD COLUMN "codeSnippetUrl" TEXT;
ALTER TABLE "Method" ADD COLUMN "collections" TEXT NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "_DatasetTasks" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_DatasetTasks_A_fkey" FOREIGN KEY ("A") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_DatasetTasks_B_fkey" FOREIGN KEY ("B") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Paper_pwcSlug_key" ON "Paper"("pwcSlug");

-- CreateIndex
CREATE UNIQUE INDEX "_DatasetTasks_AB_unique" ON "_DatasetTasks"("A", "B");

-- CreateIndex
CREATE INDEX "_DatasetTasks_B_index" ON "_DatasetTasks"("B");
