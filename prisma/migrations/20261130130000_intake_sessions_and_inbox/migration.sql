-- CreateTable
CREATE TABLE "intake_sessions" (
    "customer_id" INTEGER NOT NULL,
    "chat_id" BIGINT NOT NULL,
    "state" JSONB NOT NULL,
    "last_update_id" BIGINT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "intake_sessions_pkey" PRIMARY KEY ("customer_id")
);

-- CreateTable
CREATE TABLE "update_inbox" (
    "update_id" BIGINT NOT NULL,
    "chat_key" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMP(3),
    "done_at" TIMESTAMP(3),

    CONSTRAINT "update_inbox_pkey" PRIMARY KEY ("update_id")
);

-- CreateIndex
CREATE INDEX "intake_sessions_updated_at_idx" ON "intake_sessions"("updated_at");

-- CreateIndex
CREATE INDEX "update_inbox_chat_key_update_id_idx" ON "update_inbox"("chat_key", "update_id");

-- AddForeignKey
ALTER TABLE "intake_sessions" ADD CONSTRAINT "intake_sessions_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The conversations plugin's storage: the intake keeps its state in intake_sessions now.
DROP TABLE "bot_sessions";

-- Replaced by update_inbox, which also keeps the order per chat and survives a crash mid-update.
DROP TABLE "processed_updates";
