-- AlterTable
ALTER TABLE "queues" ADD COLUMN     "working_hours" TEXT;
