import type { NextFunction } from "grammy";
import type { Db } from "../../db/index.js";
import type { BotContext } from "../context.js";

/**
 * Telegram delivers an update again after a webhook timeout or a restart. An update is marked
 * done only after it was handled, so a crash mid-way lets the replay finish the work; the effects
 * themselves are idempotent (unique Telegram message ids, ticket idempotency keys).
 */
export function skipProcessedUpdates(db: Db) {
  return async (ctx: BotContext, next: NextFunction) => {
    const updateId = BigInt(ctx.update.update_id);
    const seen = await db.processedUpdate.findUnique({ where: { updateId } });
    if (seen) {
      ctx.log.info("duplicate update skipped");
      return;
    }
    await next();
    await db.$executeRaw`INSERT INTO processed_updates (update_id) VALUES (${updateId}) ON CONFLICT DO NOTHING`;
  };
}
