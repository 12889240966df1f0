import { Composer } from "grammy";
import { hasConsent } from "../../domain/customers/customers.js";
import { DomainError, NotFoundError } from "../../domain/shared/errors.js";
import { answerFollowUp, rateTicket, recordNps } from "../../domain/feedback/ratings.js";
import { listCustomerTickets } from "../../domain/tickets/tickets.js";
import { ticketStatusCard } from "../../domain/tickets/customer-views.js";
import { escapeHtml } from "../../i18n/index.js";
import { onAction } from "../actions.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { getArticle } from "../../domain/kb/search.js";
import { cancelIntake, remindPendingQuestion as remindPending } from "../../domain/intake/session.js";
import { intakeDeps, runIntake, startEvent } from "./intake.js";
import { claimQuestion } from "../../domain/community/community.js";

const TICKET_NUMBER = /^#?(\d{1,9})$/;
const STAFF_COMMANDS = [
  "duty",
  "queue",
  "mine",
  "next",
  "take",
  "r",
  "ask",
  "note",
  "escalate",
  "transfer",
  "resolve",
  "m",
  "macros",
  "staff",
  "staff_add",
  "staff_set",
  "staff_remove",
  "queues",
  "queue_set",
  "queue_add",
  "macro_add",
  "macro_del",
  "rules",
  "rule_on",
  "rule_off",
  "rule_add",
  "rule_del",
  "kb_from",
  "kb_edit",
  "kb_publish",
  "kb_unpublish",
  "kb_misses",
  "kb_report",
  "kb_link",
];

export function customerCommands(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  // /start, /start topic-payment, /start ticket-10001
  pm.command("start", async (ctx) => {
    const customer = ctx.customer!;
    const payload = ctx.match.trim();
    const ticketLink = /^ticket-(\d{1,9})$/.exec(payload);
    if (ticketLink) return showTicket(ctx, Number(ticketLink[1]));
    const topic = /^topic-([a-z]+)$/.exec(payload)?.[1];
    const isNew = !hasConsent(customer) && !customer.consentDeclinedAt;
    // "Continue privately" under a question asked in the support group: the question is the
    // customer's first words here (consent is asked before anything is filed).
    const groupQuestion = /^q-(\d{1,9})$/.exec(payload);
    const asked = groupQuestion ? await claimQuestion(deps.db, Number(groupQuestion[1]), BigInt(customer.telegramId), deps.clock.now()) : null;
    if (asked) {
      const words = { kind: "message" as const, text: asked, attachments: [], messageId: ctx.msg.message_id };
      return void (await runIntake(deps, ctx, words, { restart: true, greeting: isNew ? "start-greeting" : "start-welcome-back" }));
    }
    // "Read the article" under an answer in the group.
    const articleLink = /^kb-([a-z0-9-]{1,60})$/.exec(payload);
    if (articleLink) return showArticle(ctx, articleLink[1]!);
    await runIntake(deps, ctx, startEvent(topic), { restart: true, greeting: isNew ? "start-greeting" : "start-welcome-back" });
  });

  pm.command("help", async (ctx) => {
    await ctx.reply(ctx.t("help-text"));
    await remindPendingQuestion(ctx);
  });

  // The support team's commands, tried by someone who is not on it: a polite no, nothing else.
  pm.command(STAFF_COMMANDS, (ctx) => ctx.reply(ctx.t("not-staff")));

  pm.command("cancel", async (ctx) => {
    const active = await cancelIntake(intakeDeps(deps), ctx.customer!.id);
    await ctx.reply(ctx.t(active ? "cancel-done" : "cancel-nothing"));
  });

  // "Read the article" where no Mini App is configured: the article itself, in the chat.
  onAction(pm, "article", async (ctx, { slug }) => {
    await ctx.answerCallbackQuery();
    await showArticle(ctx, slug);
  });

  async function showArticle(ctx: BotContext, slug: string) {
    try {
      const article = await getArticle(deps.db, slug, ctx.customer!.languageCode);
      await ctx.reply(`<b>${escapeHtml(article.title)}</b>\n\n${escapeHtml(article.body)}`, { parse_mode: "HTML" });
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
      await ctx.reply(ctx.t("kb-article-gone"));
    }
  }

  pm.command("tickets", async (ctx) => {
    const tickets = await listCustomerTickets(deps.db, ctx.customer!.id, "all", 10);
    if (!tickets.length) return ctx.reply(ctx.t("ticket-list-empty"));
    const lines = tickets.map((tk) =>
      ctx.t("ticket-list-item", { number: String(tk.number), status: ctx.t(`status-${tk.status}`), subject: escapeHtml(tk.subject) }),
    );
    await ctx.reply([ctx.t("ticket-list-header"), ...lines].join("\n"), { parse_mode: "HTML" });
    await remindPendingQuestion(ctx);
  });

  pm.command("status", async (ctx) => {
    const arg = TICKET_NUMBER.exec(ctx.match.trim());
    if (!arg) return ctx.reply(ctx.t("cmd-status-usage"));
    await showTicket(ctx, Number(arg[1]));
  });

  onAction(pm, "status", async (ctx, { ticket }) => {
    await ctx.answerCallbackQuery();
    await showTicket(ctx, ticket);
  });

  // Ratings and the follow-up question come as buttons under the bot's messages.
  onAction(pm, ["csat", "nps", "follow-up"], async (ctx, pressed) => {
    try {
      if (pressed.kind === "csat") await rateTicket(deps, ctx.customer!.id, pressed.ticket, pressed.score);
      else if (pressed.kind === "nps") await recordNps(deps, ctx.customer!.id, pressed.ticket, pressed.score);
      else await answerFollowUp(deps, ctx.customer!.id, pressed.ticket, pressed.solved);
      await ctx.answerCallbackQuery();
      // The buttons have done their job; leaving them invites a second, conflicting answer.
      await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    }
  });

  onAction(pm, "details", async (ctx, { ticket }) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("ticket-details-prompt", { number: String(ticket) }));
  });

  /** A command in the middle of the intake: the question still waiting is said again after it. */
  const remindPendingQuestion = (ctx: BotContext) => remindPending(intakeDeps(deps), ctx.customer!);

  async function showTicket(ctx: BotContext, number: number) {
    try {
      const card = await ticketStatusCard(deps, ctx.customer!.id, number);
      const when = (d: Date) => formatInZone(d, ctx.customer!.languageCode, ctx.customer!.timeZone);
      const lines = [
        card.etaMinutes !== null ? ctx.t("ticket-status-eta-minutes", { minutes: card.etaMinutes }) : card.answered ? ctx.t("ticket-status-answered") : "",
        card.place !== null ? ctx.t("ticket-status-place", { place: card.place }) : "",
      ].filter(Boolean);
      await ctx.reply(
        ctx.t("ticket-status-card", {
          number: String(card.number),
          status: ctx.t(`status-${card.status}`),
          topic: ctx.t(`topic-name-${card.topic}`),
          opened: when(card.openedAt),
          eta: lines.join("\n"),
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

/** A date as the customer reads it: their language, their time zone, with the zone named. */
function formatInZone(at: Date, lang: string, timeZone: string): string {
  const style = { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" } as const;
  try {
    return new Intl.DateTimeFormat(lang, { ...style, timeZone }).format(at);
  } catch {
    // A zone the runtime does not know: UTC, said as such.
    return new Intl.DateTimeFormat(lang, { ...style, timeZone: "UTC" }).format(at);
  }
}
