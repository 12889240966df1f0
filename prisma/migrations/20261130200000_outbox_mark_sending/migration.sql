-- Marks outbox rows as being sent, waiting at most a second for a row lock (see markOnTheWire in
-- src/notify/delivery.ts), in one round trip: the lock timeout is set for this statement's own
-- transaction, where before it took BEGIN, SET LOCAL, the UPDATE and COMMIT.
CREATE OR REPLACE FUNCTION outbox_mark_sending(p_ids INT[], p_at TIMESTAMP(3)) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('lock_timeout', '1s', true);
  UPDATE outbox_messages SET sending_at = p_at WHERE id = ANY(p_ids);
END;
$$;
