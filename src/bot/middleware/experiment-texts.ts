import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/**
 * A customer's direct replies (ctx.t) show their experiment variant or a shipped text, as the
 * outbox's notices do (see createOutboxNotifier's customerText): one variant everywhere.
 */
export function experimentTextsForCustomers(deps: BotDeps) {
  return async (ctx: BotContext, next: NextFunction) => {
    const texts = deps.experimentTexts;
    const customer = ctx.customer;
    if (texts && customer) {
      const usual = ctx.t;
      const lang = deps.texts.languages.includes(customer.languageCode) ? customer.languageCode : deps.config.DEFAULT_LANGUAGE;
      ctx.t = ctx.translate = (key, vars) => texts.render(customer.telegramId, lang, key, (vars ?? {}) as Record<string, string | number>) ?? usual(key, vars);
    }
    await next();
  };
}
