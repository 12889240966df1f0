import type { NextFunction } from "grammy";
import { identifyPerson } from "../../domain/people.js";
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
      const person = await identifyPerson(deps.sql, from, deps.texts.languages, deps.config.DEFAULT_LANGUAGE);
      if ("staff" in person) {
        ctx.staff = person.staff;
        ctx.languageCode = ctx.staff.languageCode;
      } else {
        ctx.customer = person.customer;
        ctx.formerStaff = person.formerStaff;
        ctx.languageCode = ctx.customer.languageCode;
      }
    }
    await next();
  };
}
