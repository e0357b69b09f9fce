-- AlterTable (added in place: a rebuild of "Result" would drop columns that other branches add to it)
ALTER TABLE "Result" ADD COLUMN "origin" TEXT NOT NULL DEFAULT '';
