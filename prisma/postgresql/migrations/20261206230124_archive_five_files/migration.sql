-- AlterTable
ALTER TABLE "CodeRepository" ADD COLUMN     "mentionedInGithub" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "mentionedInPaper" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN     "fullName" TEXT,
ADD COLUMN     "introducedAt" TIMESTAMP(3),
ADD COLUMN     "languages" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "paperTitle" TEXT,
ADD COLUMN     "paperUrl" TEXT,
ADD COLUMN     "variants" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Method" ADD COLUMN     "codeSnippetUrl" TEXT,
ADD COLUMN     "collections" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "introducedYear" INTEGER,
ADD COLUMN     "sourceTitle" TEXT,
ADD COLUMN     "sourceUrl" TEXT;

-- AlterTable
ALTER TABLE "Paper" ADD COLUMN     "pwcSlug" TEXT;

-- CreateTable
CREATE TABLE "_DatasetTasks" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DatasetTasks_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_DatasetTasks_B_index" ON "_DatasetTasks"("B");

-- CreateIndex
CREATE UNIQUE INDEX "Paper_pwcSlug_key" ON "Paper"("pwcSlug");

-- AddForeignKey
ALTER TABLE "_DatasetTasks" ADD CONSTRAINT "_DatasetTasks_A_fkey" FOREIGN KEY ("A") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DatasetTasks" ADD CONSTRAINT "_DatasetTasks_B_fkey" FOREIGN KEY ("B") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

