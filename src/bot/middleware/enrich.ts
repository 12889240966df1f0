import type { NextFunction } from "grammy";
import { pickLanguage, upsertCustomer } from "../../domain/customers/customers.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/** Loads (or creates) the customer behind a private-chat update and their language. */
export function attachCustomer(deps: BotDeps) {
  return async (ctx: BotContext, next: NextFunction) => {
    const from = ctx.from;
    if (from && !from.is_bot && ctx.chat?.type === "private") {
      const language = pickLanguage(from.language_code, deps.texts.languages, deps.config.DEFAULT_LANGUAGE);
      ctx.customer = await upsertCustomer(deps.sql, from, language);
      ctx.languageCode = ctx.customer.languageCode;
    }
    await next();
  };
}
