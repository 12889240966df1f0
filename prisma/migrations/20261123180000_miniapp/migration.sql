-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "customer_read_at" TIMESTAMP(3);
