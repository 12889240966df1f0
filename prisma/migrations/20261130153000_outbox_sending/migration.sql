-- A message on its way to Telegram: set just before the call, cleared with its answer. After a
-- crash, rows with it set are "in doubt" (Telegram may have them) and are resolved deliberately.
ALTER TABLE "outbox_messages" ADD COLUMN "sending_at" TIMESTAMP(3);
