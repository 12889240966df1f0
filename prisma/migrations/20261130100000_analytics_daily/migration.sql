-- Per-day summaries of the numbers (src/domain/analytics/daily-summary.ts), so that a 30-day or a
-- custom period reads about thirty rows per split value instead of every ticket of the period.
-- A day is summarised once it is over; the figures of its tickets still change afterwards (a
-- resolution, a rating, a reopen), so the triggers below write the day of every such change to
-- analytics_stale_days, and the numbers compute a stale day from the tickets until the job has
-- summarised it again. Today is never marked: it is always computed from the tickets.

CREATE TABLE "analytics_days" (
    "day" DATE NOT NULL,
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "volume" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL,
    "resolved" INTEGER NOT NULL,
    "sla_met" INTEGER NOT NULL,
    "sla_decided" INTEGER NOT NULL,
    "csat_sum" INTEGER NOT NULL,
    "csat_count" INTEGER NOT NULL,
    "nps_count" INTEGER NOT NULL,
    "promoters" INTEGER NOT NULL,
    "detractors" INTEGER NOT NULL,
    "fcr" INTEGER NOT NULL,
    "repeats" INTEGER NOT NULL,
    "reopened" INTEGER NOT NULL,
    "ever_resolved" INTEGER NOT NULL,
    "handoffs" INTEGER NOT NULL,
    "frt" DOUBLE PRECISION[],
    "resolution" DOUBLE PRECISION[],
    "arrivals" INTEGER[],
    "self_service_solved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "analytics_days_pkey" PRIMARY KEY ("day","dimension","key")
);

CREATE TABLE "analytics_stale_days" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "analytics_stale_days_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "analytics_stale_days_day_idx" ON "analytics_stale_days"("day");

-- The UTC day now, by the wall clock (not the transaction's start): a transaction that began
-- before midnight and writes after it still marks yesterday.
CREATE FUNCTION analytics_today() RETURNS date
  LANGUAGE sql VOLATILE AS $$ SELECT (clock_timestamp() AT TIME ZONE 'UTC')::date $$;

-- Tickets added or removed (one statement at a time, so a bulk load writes each day once): their
-- day and the seven after it, whose tickets may count them as an earlier contact (repeat rate).
CREATE FUNCTION analytics_stale_tickets() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_stale_days (day)
  SELECT DISTINCT g::date
  FROM changed_tickets t,
       generate_series(t.created_at::date, least(t.created_at::date + 7, analytics_today() - 1), interval '1 day') g
  WHERE t.created_at < analytics_today();
  RETURN NULL;
END $$;

CREATE TRIGGER analytics_stale_tickets_insert AFTER INSERT ON "tickets"
  REFERENCING NEW TABLE AS changed_tickets FOR EACH STATEMENT EXECUTE FUNCTION analytics_stale_tickets();
CREATE TRIGGER analytics_stale_tickets_delete AFTER DELETE ON "tickets"
  REFERENCING OLD TABLE AS changed_tickets FOR EACH STATEMENT EXECUTE FUNCTION analytics_stale_tickets();

-- A ticket changed in a column some figure reads. The WHEN clause keeps the common case (today's
-- ticket, or a column no figure reads) free of any work.
CREATE FUNCTION analytics_stale_ticket_update() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  span int := CASE WHEN OLD.customer_id IS DISTINCT FROM NEW.customer_id OR OLD.created_at IS DISTINCT FROM NEW.created_at THEN 7 ELSE 0 END;
BEGIN
  INSERT INTO analytics_stale_days (day)
  SELECT DISTINCT g::date
  FROM (VALUES (OLD.created_at), (NEW.created_at)) v(at),
       generate_series(v.at::date, least(v.at::date + span, analytics_today() - 1), interval '1 day') g
  WHERE v.at < analytics_today();
  RETURN NULL;
END $$;

CREATE TRIGGER analytics_stale_ticket_update AFTER UPDATE ON "tickets" FOR EACH ROW
  WHEN ((OLD.created_at < (clock_timestamp() AT TIME ZONE 'UTC')::date OR NEW.created_at < (clock_timestamp() AT TIME ZONE 'UTC')::date)
    AND (OLD.customer_id, OLD.created_at, OLD.topic, OLD.language, OLD.source, OLD.queue_id, OLD.assignee_id, OLD.first_responded_at,
         OLD.resolved_at, OLD.handoff_reason, OLD.first_response_breached_at, OLD.resolution_breached_at)
      IS DISTINCT FROM
        (NEW.customer_id, NEW.created_at, NEW.topic, NEW.language, NEW.source, NEW.queue_id, NEW.assignee_id, NEW.first_responded_at,
         NEW.resolved_at, NEW.handoff_reason, NEW.first_response_breached_at, NEW.resolution_breached_at))
  EXECUTE FUNCTION analytics_stale_ticket_update();

-- Ratings and the events the figures read (reopened, escalated, transferred): the day of their ticket.
CREATE FUNCTION analytics_stale_rows() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_stale_days (day)
  SELECT DISTINCT t.created_at::date
  FROM changed_rows r JOIN tickets t ON t.id = r.ticket_id
  WHERE t.created_at < analytics_today();
  RETURN NULL;
END $$;

CREATE FUNCTION analytics_stale_row() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  ids int[] := '{}';
BEGIN
  IF TG_OP <> 'INSERT' THEN ids := ids || OLD.ticket_id; END IF;
  IF TG_OP <> 'DELETE' THEN ids := ids || NEW.ticket_id; END IF;
  INSERT INTO analytics_stale_days (day)
  SELECT DISTINCT t.created_at::date FROM tickets t WHERE t.id = ANY (ids) AND t.created_at < analytics_today();
  RETURN NULL;
END $$;

CREATE TRIGGER analytics_stale_ratings_insert AFTER INSERT ON "ratings"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_stale_rows();
CREATE TRIGGER analytics_stale_ratings_delete AFTER DELETE ON "ratings"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_stale_rows();
CREATE TRIGGER analytics_stale_ratings_update AFTER UPDATE ON "ratings" FOR EACH ROW
  WHEN ((OLD.ticket_id, OLD.csat, OLD.nps) IS DISTINCT FROM (NEW.ticket_id, NEW.csat, NEW.nps))
  EXECUTE FUNCTION analytics_stale_row();

CREATE TRIGGER analytics_stale_events_insert AFTER INSERT ON "ticket_events" FOR EACH ROW
  WHEN (NEW.type IN ('reopened', 'escalated', 'transferred'))
  EXECUTE FUNCTION analytics_stale_row();
CREATE TRIGGER analytics_stale_events_delete AFTER DELETE ON "ticket_events" FOR EACH ROW
  WHEN (OLD.type IN ('reopened', 'escalated', 'transferred'))
  EXECUTE FUNCTION analytics_stale_row();

-- Problems the knowledge base solved: the day they were recorded.
CREATE FUNCTION analytics_stale_outcomes() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_stale_days (day)
  SELECT DISTINCT o.created_at::date FROM changed_outcomes o WHERE o.created_at < analytics_today();
  RETURN NULL;
END $$;

CREATE FUNCTION analytics_stale_outcome_update() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_stale_days (day)
  SELECT DISTINCT v.at::date FROM (VALUES (OLD.created_at), (NEW.created_at)) v(at) WHERE v.at < analytics_today();
  RETURN NULL;
END $$;

CREATE TRIGGER analytics_stale_outcomes_insert AFTER INSERT ON "self_service_outcomes"
  REFERENCING NEW TABLE AS changed_outcomes FOR EACH STATEMENT EXECUTE FUNCTION analytics_stale_outcomes();
CREATE TRIGGER analytics_stale_outcomes_delete AFTER DELETE ON "self_service_outcomes"
  REFERENCING OLD TABLE AS changed_outcomes FOR EACH STATEMENT EXECUTE FUNCTION analytics_stale_outcomes();
CREATE TRIGGER analytics_stale_outcomes_update AFTER UPDATE ON "self_service_outcomes" FOR EACH ROW
  WHEN ((OLD.created_at, OLD.solved) IS DISTINCT FROM (NEW.created_at, NEW.solved))
  EXECUTE FUNCTION analytics_stale_outcome_update();

-- Emptied tables (tests, a wiped desk): every summary goes, and is built again from what is left.
CREATE FUNCTION analytics_forget() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM analytics_days;
  DELETE FROM analytics_stale_days;
  RETURN NULL;
END $$;

CREATE TRIGGER analytics_forget_tickets AFTER TRUNCATE ON "tickets" FOR EACH STATEMENT EXECUTE FUNCTION analytics_forget();
CREATE TRIGGER analytics_forget_ratings AFTER TRUNCATE ON "ratings" FOR EACH STATEMENT EXECUTE FUNCTION analytics_forget();
CREATE TRIGGER analytics_forget_events AFTER TRUNCATE ON "ticket_events" FOR EACH STATEMENT EXECUTE FUNCTION analytics_forget();
CREATE TRIGGER analytics_forget_outcomes AFTER TRUNCATE ON "self_service_outcomes" FOR EACH STATEMENT EXECUTE FUNCTION analytics_forget();
