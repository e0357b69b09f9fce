-- AlterTable
ALTER TABLE "Result" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT '';

