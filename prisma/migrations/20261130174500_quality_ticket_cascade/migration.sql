-- Quality checks, quality reviews and macro uses belong to a ticket: they go with it, so erasing
-- a customer's data (which deletes their tickets) leaves nothing of their conversations behind.

-- Rows whose ticket is already gone (erased before these keys existed) would block the keys.
DELETE FROM "quality_checks" c WHERE NOT EXISTS (SELECT 1 FROM "tickets" t WHERE t."id" = c."ticket_id");
DELETE FROM "quality_reviews" r WHERE NOT EXISTS (SELECT 1 FROM "tickets" t WHERE t."id" = r."ticket_id");
DELETE FROM "macro_uses" m WHERE NOT EXISTS (SELECT 1 FROM "tickets" t WHERE t."id" = m."ticket_id");

-- A ticket's delete finds its macro uses by index, not by reading the whole table.
CREATE INDEX "macro_uses_ticket_id_idx" ON "macro_uses"("ticket_id");

ALTER TABLE "quality_checks" ADD CONSTRAINT "quality_checks_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "quality_reviews" ADD CONSTRAINT "quality_reviews_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "macro_uses" ADD CONSTRAINT "macro_uses_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
