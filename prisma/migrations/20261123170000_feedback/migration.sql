-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "follow_up_sent_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ratings" (
    "id" SERIAL NOT NULL,
    "ticket_id" INTEGER NOT NULL,
    "staff_id" INTEGER,
    "customer_id" INTEGER NOT NULL,
    "csat" SMALLINT,
    "nps" SMALLINT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ratings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "automation_rules" (
    "code" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "config" JSONB NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "automation_rules_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE UNIQUE INDEX "ratings_ticket_id_key" ON "ratings"("ticket_id");

-- CreateIndex
CREATE INDEX "ratings_staff_id_created_at_idx" ON "ratings"("staff_id", "created_at");

-- CreateIndex
CREATE INDEX "ratings_created_at_idx" ON "ratings"("created_at");

