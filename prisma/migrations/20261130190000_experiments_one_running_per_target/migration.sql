-- At most one running experiment per message or flow choice, held by the database: starting is a
-- conditional update, and two admins starting two drafts on the same target at the same moment
-- could both pass a check made before it. (Prisma's schema cannot say "partial", so this index
-- lives only here.)

-- Two may already run on one target (the race this closes). The text layer shows customers the
-- newest of them, so that one keeps running and the older ones stop now.
UPDATE "experiments" e SET "status" = 'stopped', "stopped_at" = COALESCE(e."stopped_at", CURRENT_TIMESTAMP), "updated_at" = CURRENT_TIMESTAMP
WHERE e."status" = 'running'
  AND EXISTS (SELECT 1 FROM "experiments" n WHERE n."status" = 'running' AND n."target_kind" = e."target_kind" AND n."target" = e."target" AND n."id" > e."id");

CREATE UNIQUE INDEX "experiments_one_running_per_target" ON "experiments"("target_kind", "target") WHERE "status" = 'running';
