-- The tickets still waiting for their first answer, per queue in the order they are answered:
-- what a ticket's ETA counts ("how many wait ahead of it"). Without it that count read every open
-- ticket of the queue (answered ones included), and a query asking it for several tickets at once
-- (the Mini App's ticket list) was costed high enough to be JIT-compiled on every request.
CREATE INDEX "tickets_awaiting_first_answer_idx" ON "tickets" ("queue_id", "queue_rank", "created_at")
  WHERE "first_responded_at" IS NULL AND "status" IN ('new', 'in_progress', 'waiting_customer');
