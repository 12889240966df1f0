import type { NextFunction } from "grammy";
import { camelRow } from "../../db/sql.js";
import type { StaffMember } from "../../db/generated/client.js";
import { pickLanguage, upsertCustomer } from "../../domain/customers/customers.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/**
 * Who is writing in a private chat: a member of the support team (their DM is their desk), or a
 * customer (created on first contact). Their language comes along.
 */
export function attachPerson(deps: BotDeps) {
  return async (ctx: BotContext, next: NextFunction) => {
    const from = ctx.from;
    if (from && !from.is_bot && ctx.chat?.type === "private") {
      const staff = await deps.sql.query("SELECT * FROM staff_members WHERE telegram_id = $1 AND active", [from.id]);
      if (staff.rows[0]) {
        ctx.staff = camelRow<StaffMember>(staff.rows[0]);
        ctx.languageCode = ctx.staff.languageCode;
      } else {
        const language = pickLanguage(from.language_code, deps.texts.languages, deps.config.DEFAULT_LANGUAGE);
        ctx.customer = await upsertCustomer(deps.sql, from, language);
        ctx.languageCode = ctx.customer.languageCode;
      }
    }
    await next();
  };
}
