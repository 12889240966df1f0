-- The rate budget's rows are only worth anything for a second or so: no WAL for them (a crash or
-- a failover empties them, and the budget starts afresh), and no waiting for the disk on commit.
-- Every message takes a slot, so this is what decides how many a second the desk can send.
ALTER TABLE "telegram_rate_chats" SET UNLOGGED;
ALTER TABLE "telegram_rate_budget" SET UNLOGGED;

CREATE OR REPLACE FUNCTION telegram_rate_take(p_bucket TEXT, p_chat TEXT, p_gap_ms DOUBLE PRECISION, p_chat_gap_ms DOUBLE PRECISION, OUT ready BOOLEAN, OUT slot_ms DOUBLE PRECISION, OUT now_ms DOUBLE PRECISION)
LANGUAGE plpgsql AS $$
DECLARE
  t_now TIMESTAMPTZ := clock_timestamp();
  chat_next TIMESTAMPTZ;
  slot TIMESTAMPTZ;
BEGIN
  -- A slot is worth nothing after a crash: the commit need not wait for the disk, and the row
  -- lock on the bucket is held only as long as the statement runs.
  PERFORM set_config('synchronous_commit', 'off', true);
  now_ms := extract(epoch FROM t_now) * 1000;
  IF p_chat IS NOT NULL THEN
    -- One taker per chat at a time (a transaction-scoped lock: fine behind a transaction pooler).
    PERFORM pg_advisory_xact_lock(hashtext('telegram-rate:' || p_bucket), hashtext(p_chat));
    SELECT c.next_at INTO chat_next FROM telegram_rate_chats c WHERE c.bucket = p_bucket AND c.chat = p_chat;
    IF chat_next IS NOT NULL AND chat_next > t_now THEN
      ready := false;
      slot_ms := extract(epoch FROM chat_next) * 1000;
      RETURN;
    END IF;
  END IF;
  INSERT INTO telegram_rate_budget AS b (bucket, next_at) VALUES (p_bucket, t_now + make_interval(secs => p_gap_ms / 1000))
  ON CONFLICT (bucket) DO UPDATE SET next_at = greatest(b.next_at, t_now) + make_interval(secs => p_gap_ms / 1000)
  RETURNING b.next_at - make_interval(secs => p_gap_ms / 1000) INTO slot;
  IF p_chat IS NOT NULL THEN
    INSERT INTO telegram_rate_chats AS c (bucket, chat, next_at) VALUES (p_bucket, p_chat, slot + make_interval(secs => p_chat_gap_ms / 1000))
    ON CONFLICT (bucket, chat) DO UPDATE SET next_at = excluded.next_at;
  END IF;
  ready := true;
  slot_ms := extract(epoch FROM slot) * 1000;
END;
$$;
