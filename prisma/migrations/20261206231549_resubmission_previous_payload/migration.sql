-- AlterTable
ALTER TABLE "ReviewEvent" ADD COLUMN "previousPayload" JSONB;

