-- The quality checks' sweep (every SLA sweep) and the daily review sample look for tickets by when
-- they were resolved. Partial, like the other indexes Prisma cannot express (see schema.prisma).
CREATE INDEX "tickets_resolved_at_idx" ON "tickets"("resolved_at") WHERE "resolved_at" IS NOT NULL;
