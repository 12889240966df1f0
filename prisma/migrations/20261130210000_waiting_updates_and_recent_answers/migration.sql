-- The updates still to handle: what the inbox's claim reads on every update. It read them through
-- an index of every update kept (a day's worth, done ones included), and then, through a bitmap
-- scan, every row version an update had left behind since the last vacuum: the busier the day,
-- the dearer each update. These two hold only the waiting ones, and the claim walks the first in
-- order with plain index scans, which mark the versions of done updates dead as they pass them.
DROP INDEX "update_inbox_chat_key_update_id_idx";
CREATE INDEX "update_inbox_waiting_idx" ON "update_inbox" ("update_id") WHERE "done_at" IS NULL;
CREATE INDEX "update_inbox_waiting_chat_idx" ON "update_inbox" ("chat_key", "update_id") WHERE "done_at" IS NULL;

-- A queue's latest first answers, for the ETA's "how long a first answer takes lately": read on
-- every new ticket and every Mini App list. Without it that read walked back through the newest
-- tickets of the desk (the unanswered ones first, so the longer the queue the longer the walk).
CREATE INDEX "tickets_recent_first_answers_idx" ON "tickets" ("queue_id", "first_responded_at" DESC)
  WHERE "first_responded_at" IS NOT NULL;
