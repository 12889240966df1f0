-- How many tickets each queue holds in line, by rank, kept by a trigger in the same transaction as
-- every change of a ticket. A new ticket's place and ETA read these few rows instead of counting
-- every ticket before it: during a night's burst with nobody on duty the line grows by the
-- thousand, and each new ticket counted all of them (about a millisecond of the database's time
-- per ticket per 1,500 waiting). A ticket already in line is still counted exactly (the Mini App,
-- /status): only the newest, behind everyone of its rank or lower, can use the sums.
--
-- "waiting": open, not answered yet, nobody holds it (the place in line). "unanswered": open and
-- not answered yet, held or not (the ETA counts those when someone is on duty).
--
-- Each session adds to a shard of its own (its backend's pid modulo 32): two sessions opening
-- tickets in one queue at once would otherwise queue on one row until each other's commit. The
-- sums are what count; a shard on its own may be negative.
CREATE TABLE "queue_line_counts" (
    "queue_id" INTEGER NOT NULL,
    "queue_rank" SMALLINT NOT NULL,
    "shard" SMALLINT NOT NULL,
    "waiting" INTEGER NOT NULL DEFAULT 0,
    "unanswered" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "queue_line_counts_pkey" PRIMARY KEY ("queue_id","queue_rank","shard")
);

CREATE FUNCTION queue_line_count() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  my_shard smallint := pg_backend_pid() % 32;
  -- OLD is null on INSERT and NEW on DELETE: their fields read as null, so "in line" is false.
  old_in boolean := coalesce(OLD.status IN ('new', 'in_progress', 'waiting_customer') AND OLD.first_responded_at IS NULL, false);
  new_in boolean := coalesce(NEW.status IN ('new', 'in_progress', 'waiting_customer') AND NEW.first_responded_at IS NULL, false);
  w int := 0;
BEGIN
  IF old_in AND new_in AND OLD.queue_id = NEW.queue_id AND OLD.queue_rank = NEW.queue_rank THEN
    -- Still in the same line: only being taken or let go changes a count.
    w := (NEW.assignee_id IS NULL)::int - (OLD.assignee_id IS NULL)::int;
    IF w <> 0 THEN
      INSERT INTO queue_line_counts AS c (queue_id, queue_rank, shard, waiting, unanswered) VALUES (NEW.queue_id, NEW.queue_rank, my_shard, w, 0)
      ON CONFLICT (queue_id, queue_rank, shard) DO UPDATE SET waiting = c.waiting + excluded.waiting;
    END IF;
    RETURN NULL;
  END IF;
  IF old_in THEN
    INSERT INTO queue_line_counts AS c (queue_id, queue_rank, shard, waiting, unanswered)
    VALUES (OLD.queue_id, OLD.queue_rank, my_shard, -(OLD.assignee_id IS NULL)::int, -1)
    ON CONFLICT (queue_id, queue_rank, shard) DO UPDATE SET waiting = c.waiting + excluded.waiting, unanswered = c.unanswered + excluded.unanswered;
  END IF;
  IF new_in THEN
    INSERT INTO queue_line_counts AS c (queue_id, queue_rank, shard, waiting, unanswered)
    VALUES (NEW.queue_id, NEW.queue_rank, my_shard, (NEW.assignee_id IS NULL)::int, 1)
    ON CONFLICT (queue_id, queue_rank, shard) DO UPDATE SET waiting = c.waiting + excluded.waiting, unanswered = c.unanswered + excluded.unanswered;
  END IF;
  RETURN NULL;
END $$;

-- Only tickets in a line, and only changes of the columns that put a ticket in or out of one:
-- every other insert, change or deletion (the retention job's closed tickets) costs nothing.
CREATE TRIGGER queue_line_count_insert AFTER INSERT ON "tickets"
  FOR EACH ROW WHEN (NEW.status IN ('new', 'in_progress', 'waiting_customer') AND NEW.first_responded_at IS NULL)
  EXECUTE FUNCTION queue_line_count();
CREATE TRIGGER queue_line_count_update AFTER UPDATE ON "tickets"
  FOR EACH ROW WHEN (
    OLD.status IS DISTINCT FROM NEW.status OR OLD.first_responded_at IS DISTINCT FROM NEW.first_responded_at
    OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id OR OLD.queue_id IS DISTINCT FROM NEW.queue_id
    OR OLD.queue_rank IS DISTINCT FROM NEW.queue_rank)
  EXECUTE FUNCTION queue_line_count();
CREATE TRIGGER queue_line_count_delete AFTER DELETE ON "tickets"
  FOR EACH ROW WHEN (OLD.status IN ('new', 'in_progress', 'waiting_customer') AND OLD.first_responded_at IS NULL)
  EXECUTE FUNCTION queue_line_count();

-- TRUNCATE fires no row trigger: emptied tickets, empty lines.
CREATE FUNCTION queue_line_counts_clear() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM queue_line_counts;
  RETURN NULL;
END $$;
CREATE TRIGGER queue_line_counts_truncate AFTER TRUNCATE ON "tickets"
  FOR EACH STATEMENT EXECUTE FUNCTION queue_line_counts_clear();

-- The lines as they stand.
INSERT INTO queue_line_counts (queue_id, queue_rank, shard, waiting, unanswered)
SELECT queue_id, queue_rank, 0, count(*) FILTER (WHERE assignee_id IS NULL), count(*)
FROM tickets
WHERE status IN ('new', 'in_progress', 'waiting_customer') AND first_responded_at IS NULL
GROUP BY queue_id, queue_rank;
