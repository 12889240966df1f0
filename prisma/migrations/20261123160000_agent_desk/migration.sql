-- AlterTable
ALTER TABLE "outbox_messages" ADD COLUMN     "failure_notify_chat_id" BIGINT,
ADD COLUMN     "kind" TEXT,
ADD COLUMN     "source_message_id" INTEGER;

-- AlterTable
ALTER TABLE "ticket_messages" ADD COLUMN     "held" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "internal" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "clarification_reminded_at" TIMESTAMP(3),
ADD COLUMN     "summary" TEXT;

-- CreateTable
CREATE TABLE "macros" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "macros_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "macro_translations" (
    "id" SERIAL NOT NULL,
    "macro_id" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "macro_translations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" SERIAL NOT NULL,
    "staff_id" INTEGER,
    "action" TEXT NOT NULL,
    "ticket_id" INTEGER,
    "data" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "macros_code_key" ON "macros"("code");

-- CreateIndex
CREATE UNIQUE INDEX "macro_translations_macro_id_lang_key" ON "macro_translations"("macro_id", "lang");

-- CreateIndex
CREATE INDEX "audit_log_ticket_id_created_at_idx" ON "audit_log"("ticket_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_staff_id_created_at_idx" ON "audit_log"("staff_id", "created_at");

-- CreateIndex
CREATE INDEX "outbox_messages_chat_id_telegram_message_id_idx" ON "outbox_messages"("chat_id", "telegram_message_id");

-- CreateIndex
CREATE INDEX "outbox_messages_ticket_id_kind_idx" ON "outbox_messages"("ticket_id", "kind");

-- CreateIndex
CREATE INDEX "outbox_messages_source_message_id_idx" ON "outbox_messages"("source_message_id");

-- AddForeignKey
ALTER TABLE "macro_translations" ADD CONSTRAINT "macro_translations_macro_id_fkey" FOREIGN KEY ("macro_id") REFERENCES "macros"("id") ON DELETE CASCADE ON UPDATE CASCADE;

