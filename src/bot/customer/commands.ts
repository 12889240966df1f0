import { Composer } from "grammy";
import { isTopic, type Topic } from "../../domain/classification/topics.js";
import { hasConsent } from "../../domain/customers/customers.js";
import { NotFoundError } from "../../domain/shared/errors.js";
import { currentEtaMinutes, getCustomerTicket, listCustomerTickets } from "../../domain/tickets/tickets.js";
import { escapeHtml } from "../../i18n/index.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { INTAKE, type IntakeArgs } from "./intake.js";

const TICKET_NUMBER = /^#?(\d{1,9})$/;

export function customerCommands(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  // /start, /start topic-payment, /start ticket-10001
  pm.command("start", async (ctx) => {
    const customer = ctx.customer!;
    await ctx.conversation.exitAll();
    const payload = ctx.match.trim();
    const ticketLink = /^ticket-(\d{1,9})$/.exec(payload);
    if (ticketLink) return showTicket(ctx, Number(ticketLink[1]));
    const topicLink = /^topic-([a-z]+)$/.exec(payload)?.[1];
    const topic: Topic | undefined = isTopic(topicLink) ? topicLink : undefined;

    const isNew = !hasConsent(customer) && !customer.consentDeclinedAt;
    await ctx.reply(ctx.t(isNew ? "start-greeting" : "start-welcome-back", { name: escapeHtml(customer.firstName) }), {
      parse_mode: "HTML",
    });
    const args: IntakeArgs = {
      customerId: customer.id,
      lang: customer.languageCode,
      hasConsent: hasConsent(customer),
      updateId: ctx.update.update_id,
      ...(topic ? { topic } : {}),
    };
    await ctx.conversation.enter(INTAKE, args);
  });

  pm.command("help", (ctx) => ctx.reply(ctx.t("help-text")));

  pm.command("cancel", async (ctx) => {
    const active = Object.keys(ctx.conversation.active()).length > 0;
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t(active ? "cancel-done" : "cancel-nothing"));
  });

  pm.command("tickets", async (ctx) => {
    const tickets = await listCustomerTickets(deps.db, ctx.customer!.id, "all", 10);
    if (!tickets.length) return ctx.reply(ctx.t("ticket-list-empty"));
    const lines = tickets.map((tk) =>
      ctx.t("ticket-list-item", { number: String(tk.number), status: ctx.t(`status-${tk.status}`), subject: escapeHtml(tk.subject) }),
    );
    await ctx.reply([ctx.t("ticket-list-header"), ...lines].join("\n"), { parse_mode: "HTML" });
  });

  pm.command("status", async (ctx) => {
    const arg = TICKET_NUMBER.exec(ctx.match.trim());
    if (!arg) return ctx.reply(ctx.t("cmd-status-usage"));
    await showTicket(ctx, Number(arg[1]));
  });

  pm.callbackQuery(/^status:(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showTicket(ctx, Number(ctx.match[1]));
  });

  pm.callbackQuery(/^details:(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("ticket-details-prompt", { number: ctx.match[1]! }));
  });

  async function showTicket(ctx: BotContext, number: number) {
    try {
      const tk = await getCustomerTicket(deps.db, ctx.customer!.id, number);
      const open = ["new", "in_progress", "waiting_customer"].includes(tk.status);
      const minutes = open ? await currentEtaMinutes(deps.db, tk) : null;
      const eta = minutes !== null ? ctx.t("ticket-status-eta-minutes", { minutes }) : tk.firstRespondedAt ? ctx.t("ticket-status-answered") : "";
      await ctx.reply(
        ctx.t("ticket-status-card", {
          number: String(tk.number),
          status: ctx.t(`status-${tk.status}`),
          topic: ctx.t(`topic-name-${tk.topic}`),
          opened: tk.createdAt.toISOString().slice(0, 16).replace("T", " "),
          eta,
        }),
        { parse_mode: "HTML" },
      );
    } catch (err) {
      if (err instanceof NotFoundError) return void (await ctx.reply(ctx.t("ticket-not-found", { number: String(number) })));
      throw err;
    }
  }

  return composer;
}
