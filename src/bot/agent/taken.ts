import type { CustomerHistory, takeAndBrief } from "../../domain/tickets/agent-actions.js";
import { ticketOfBotMessage, ticketsOfBotMessage } from "../../domain/tickets/agent-views.js";
import { escapeHtml } from "../../i18n/index.js";
import { macroButtons } from "./assist-buttons.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

// What the agent commands and replies share: which ticket a reply is about, and what an agent
// sees on taking one.

/** The ticket of the bot message an agent replied to (a card, a customer's message), if any. */
export async function ticketOfReply(ctx: BotContext, deps: BotDeps): Promise<number | null> {
  const replied = ctx.message?.reply_to_message;
  if (!replied || !ctx.chat) return null;
  return ticketOfBotMessage(deps, BigInt(ctx.chat.id), replied.message_id);
}

/** Every ticket the bot message an agent replied to speaks of (several customers' messages sent together). */
export async function ticketsOfReply(ctx: BotContext, deps: BotDeps): Promise<number[]> {
  const replied = ctx.message?.reply_to_message;
  if (!replied || !ctx.chat) return [];
  return ticketsOfBotMessage(deps, BigInt(ctx.chat.id), replied.message_id);
}

/** What the agent sees on taking a ticket: the ticket, then who the customer is. */
export async function reportTaken(ctx: BotContext, taken: NonNullable<Awaited<ReturnType<typeof takeAndBrief>>>) {
  await ctx.reply(ctx.t("staff-taken", { number: String(taken.ticket.number), queue: taken.ticket.queue.code, subject: escapeHtml(taken.ticket.subject) }), {
    parse_mode: "HTML",
  });
  await ctx.reply(historyText(ctx, taken.ticket.number, taken.ticket.customer.firstName, taken.history), { parse_mode: "HTML" });
  // The suggested articles, with the macros most used on tickets like this one as one-tap buttons.
  const macros = taken.macros.length ? { reply_markup: { inline_keyboard: macroButtons(taken.macros, taken.ticket.number) } } : {};
  if (taken.articles.length) {
    const list = taken.articles.map((a) => ctx.t("staff-suggested-item", { title: escapeHtml(a.title), slug: a.slug })).join("\n");
    await ctx.reply(`${ctx.t("staff-suggested")}\n${list}${taken.macros.length ? `\n\n${ctx.t("assist-macros")}` : ""}`, { parse_mode: "HTML", ...macros });
  } else if (taken.macros.length) {
    await ctx.reply(ctx.t("assist-macros"), macros);
  }
}

function historyText(ctx: BotContext, number: number, name: string, h: CustomerHistory): string {
  const list = h.earlier.length
    ? `\n${h.earlier.map((e) => ctx.t("staff-history-item", { number: String(e.number), topic: ctx.t(`topic-name-${e.topic}`), status: ctx.t(`status-${e.status}`), date: e.createdAt.toISOString().slice(0, 10) })).join("\n")}`
    : "";
  return ctx.t("staff-history", {
    number: String(number),
    name: escapeHtml(name),
    vip: h.vip ? "⭐ VIP" : "",
    lang: h.language,
    time: h.localTime,
    tz: h.timeZone,
    total: String(h.total),
    list,
  });
}
