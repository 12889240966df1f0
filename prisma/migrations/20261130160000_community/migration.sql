-- The support group and the channel's discussion group the bot guards.
CREATE TABLE "community_chats" (
    "chat_id" BIGINT NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "topics" JSONB NOT NULL DEFAULT '{}',
    "admins" JSONB NOT NULL DEFAULT '[]',
    "settings" JSONB NOT NULL DEFAULT '{}',
    "setup_by" BIGINT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "community_chats_pkey" PRIMARY KEY ("chat_id")
);

CREATE TABLE "community_members" (
    "chat_id" BIGINT NOT NULL,
    "user_id" BIGINT NOT NULL,
    "status" TEXT NOT NULL,
    "language_code" TEXT NOT NULL DEFAULT 'en',
    "joined_at" TIMESTAMP(3) NOT NULL,
    "messages" INTEGER NOT NULL DEFAULT 0,
    "captcha_answer" INTEGER,
    "captcha_message_id" INTEGER,
    "captcha_deadline" TIMESTAMP(3),
    "via_request" BOOLEAN NOT NULL DEFAULT false,
    "flood_started_at" TIMESTAMP(3),
    "flood_count" INTEGER NOT NULL DEFAULT 0,
    "warnings" INTEGER NOT NULL DEFAULT 0,
    "flagged_at" TIMESTAMP(3),
    CONSTRAINT "community_members_pkey" PRIMARY KEY ("chat_id","user_id")
);
CREATE INDEX "community_members_status_captcha_deadline_idx" ON "community_members"("status", "captcha_deadline");

CREATE TABLE "community_questions" (
    "id" SERIAL NOT NULL,
    "chat_id" BIGINT NOT NULL,
    "message_id" INTEGER NOT NULL,
    "user_id" BIGINT NOT NULL,
    "text" TEXT NOT NULL,
    "via" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL,
    "claimed_at" TIMESTAMP(3),
    "ticket_id" INTEGER,
    CONSTRAINT "community_questions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "community_questions_chat_id_message_id_key" ON "community_questions"("chat_id", "message_id");

CREATE TABLE "community_events" (
    "id" SERIAL NOT NULL,
    "chat_id" BIGINT NOT NULL,
    "user_id" BIGINT,
    "kind" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "community_events_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "community_events_kind_created_at_idx" ON "community_events"("kind", "created_at");
CREATE INDEX "community_events_chat_id_created_at_idx" ON "community_events"("chat_id", "created_at");
