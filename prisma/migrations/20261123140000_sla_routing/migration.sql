-- AlterTable
ALTER TABLE "staff_members" ADD COLUMN     "language_code" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "first_response_breached_at" TIMESTAMP(3),
ADD COLUMN     "first_response_warned_at" TIMESTAMP(3),
ADD COLUMN     "next_sla_check_at" TIMESTAMP(3),
ADD COLUMN     "queue_rank" SMALLINT NOT NULL DEFAULT 3,
ADD COLUMN     "resolution_breached_at" TIMESTAMP(3),
ADD COLUMN     "resolution_warned_at" TIMESTAMP(3),
ADD COLUMN     "topic_rank" SMALLINT NOT NULL DEFAULT 4,
ADD COLUMN     "unanswered_since" TIMESTAMP(3),
ADD COLUMN     "unanswered_stage" SMALLINT NOT NULL DEFAULT 0,
ADD COLUMN     "vip" BOOLEAN NOT NULL DEFAULT false;

-- The SLA sweep reads only tickets with a check due; most tickets have none.
CREATE INDEX "tickets_sla_due_idx" ON "tickets" ("next_sla_check_at") WHERE "next_sla_check_at" IS NOT NULL;

-- "Next ticket for this agent": unassigned work of a queue in priority order.
CREATE INDEX "tickets_next_in_queue_idx" ON "tickets" ("queue_id", "queue_rank", "created_at")
  WHERE "assignee_id" IS NULL AND "status" IN ('new', 'in_progress');
