import type { NextFunction } from "grammy";
import { learnStaffName } from "../../domain/staff/names.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/**
 * A staff member known only by id (added by number, or an admin from ADMIN_IDS) takes their
 * Telegram first name the first time they write to the bot: that is what customers see.
 */
export function staffIdentity(deps: BotDeps) {
  return async (ctx: BotContext, next: NextFunction) => {
    if (ctx.staff && ctx.from) ctx.staff = await learnStaffName(deps.db, ctx.staff, ctx.from.first_name);
    await next();
  };
}
