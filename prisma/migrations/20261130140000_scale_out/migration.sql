-- One Telegram rate budget for every instance of the desk (src/notify/shared-rate-budget.ts).
-- CreateTable
CREATE TABLE "telegram_rate_budget" (
    "bucket" TEXT NOT NULL,
    "next_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "telegram_rate_budget_pkey" PRIMARY KEY ("bucket")
);

-- CreateTable
CREATE TABLE "telegram_rate_chats" (
    "bucket" TEXT NOT NULL,
    "chat" TEXT NOT NULL,
    "next_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "telegram_rate_chats_pkey" PRIMARY KEY ("bucket","chat")
);

-- CreateIndex
CREATE INDEX "telegram_rate_chats_next_at_idx" ON "telegram_rate_chats"("next_at");

-- CreateIndex (SLA counts for /metrics)
CREATE INDEX "ticket_events_type_created_at_idx" ON "ticket_events"("type", "created_at");

-- Takes the next send slot of a bucket (one bot token) and of a chat, in one round trip.
-- Returns ready = false when the chat's own spacing is not over yet (nothing is reserved then: ask
-- again at slot_ms); else ready = true and the caller sends at slot_ms. Both times are the
-- server's clock in epoch milliseconds, with now_ms the moment of the reservation, so that callers
-- with skewed clocks can translate them (see the client). Slots are spaced from the later of "now"
-- and the previous slot, so the budget never lends unused past time to a burst.
CREATE FUNCTION telegram_rate_take(p_bucket TEXT, p_chat TEXT, p_gap_ms DOUBLE PRECISION, p_chat_gap_ms DOUBLE PRECISION, OUT ready BOOLEAN, OUT slot_ms DOUBLE PRECISION, OUT now_ms DOUBLE PRECISION)
LANGUAGE plpgsql AS $$
DECLARE
  t_now TIMESTAMPTZ := clock_timestamp();
  chat_next TIMESTAMPTZ;
  slot TIMESTAMPTZ;
BEGIN
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
