import type { NextFunction } from "grammy";
import type { Sql } from "../../db/sql.js";
import type { BotContext } from "../context.js";

/**
 * Telegram delivers an update again after a webhook timeout or a restart. An update is marked
 * done only after it was handled, so a crash mid-way lets the replay finish the work; the effects
 * themselves are idempotent (unique Telegram message ids, ticket idempotency keys).
 */
export function skipProcessedUpdates(sql: Sql) {
  return async (ctx: BotContext, next: NextFunction) => {
    const updateId = ctx.update.update_id;
    const seen = await sql.query("SELECT 1 FROM processed_updates WHERE update_id = $1", [updateId]);
    if (seen.rowCount) {
      ctx.log.info("duplicate update skipped");
      return;
    }
    await next();
    await sql.query("INSERT INTO processed_updates (update_id) VALUES ($1) ON CONFLICT DO NOTHING", [updateId]);
  };
}
