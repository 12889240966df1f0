-- Experiments on customer texts, shipped texts, conversation quality review, macro use for agent assist.
CREATE TABLE "experiments" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "share_percent" INTEGER NOT NULL,
    "variants" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "started_at" TIMESTAMP(3),
    "stopped_at" TIMESTAMP(3),
    "winner" TEXT,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "experiments_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "experiments_code_key" ON "experiments"("code");
CREATE INDEX "experiments_status_idx" ON "experiments"("status");

CREATE TABLE "text_overrides" (
    "key" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "experiment_id" INTEGER,
    "updated_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "text_overrides_pkey" PRIMARY KEY ("key","lang")
);

CREATE TABLE "quality_checks" (
    "ticket_id" INTEGER NOT NULL,
    "agent_id" INTEGER,
    "findings" JSONB NOT NULL DEFAULT '[]',
    "checked_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "quality_checks_pkey" PRIMARY KEY ("ticket_id")
);
CREATE INDEX "quality_checks_agent_id_checked_at_idx" ON "quality_checks"("agent_id", "checked_at");

CREATE TABLE "quality_reviews" (
    "id" SERIAL NOT NULL,
    "ticket_id" INTEGER NOT NULL,
    "agent_id" INTEGER NOT NULL,
    "sampled_at" TIMESTAMP(3) NOT NULL,
    "reviewer_id" INTEGER,
    "scores" JSONB NOT NULL DEFAULT '{}',
    "comment" TEXT,
    "score" INTEGER,
    "scored_at" TIMESTAMP(3),
    CONSTRAINT "quality_reviews_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "quality_reviews_ticket_id_key" ON "quality_reviews"("ticket_id");
CREATE INDEX "quality_reviews_agent_id_scored_at_idx" ON "quality_reviews"("agent_id", "scored_at");
CREATE INDEX "quality_reviews_scored_at_sampled_at_idx" ON "quality_reviews"("scored_at", "sampled_at");

CREATE TABLE "macro_uses" (
    "id" SERIAL NOT NULL,
    "macro_code" TEXT NOT NULL,
    "ticket_id" INTEGER NOT NULL,
    "staff_id" INTEGER,
    "topic" TEXT NOT NULL,
    "queue_id" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "macro_uses_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "macro_uses_topic_queue_id_language_created_at_idx" ON "macro_uses"("topic", "queue_id", "language", "created_at");
