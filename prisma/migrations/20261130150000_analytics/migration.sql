-- The numbers (src/domain/analytics/metrics.ts) read the tickets created in a period; without this
-- index a 30-day page scans every ticket ever opened.
CREATE INDEX "tickets_created_at_idx" ON "tickets"("created_at");
