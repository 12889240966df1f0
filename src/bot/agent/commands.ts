import { Composer } from "grammy";
import { listMacros } from "../../domain/macros/macros.js";
import { macroReplyText } from "../../domain/macros/macro-reply.js";
import { listQueueForStaff, listMine, ticketWithCustomer } from "../../domain/tickets/agent-views.js";
import {
  addNote,
  customerHistory,
  moveToQueue,
  replyToCustomer,
  resolveTicket,
  takeAndBrief,
  transferToAgent,
  type CustomerHistory,
} from "../../domain/tickets/agent-actions.js";
import { currentEtaMinutes } from "../../domain/tickets/tickets.js";
import { can } from "../../domain/staff/permissions.js";
import { setDuty, findStaffByHandle, queuesOf } from "../../domain/staff/staff.js";
import { publicStaffName } from "../../domain/staff/names.js";
import { listQueues } from "../../domain/routing/queues.js";
import { escapeHtml } from "../../i18n/index.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { explainFailure, staffOf, ticketAndText, usage } from "./helpers.js";
import { sendReply } from "./replies.js";
import { heldReplyMenu } from "./held-reply-menu.js";
import { reportTaken, ticketOfReply } from "./taken.js";

/** The agent desk's commands; only staff reach this composer (see create-bot.ts). */
export function agentCommands(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  // Before every handler that may answer with a held reply's confirmation (here and in replies.ts).
  composer.use(heldReplyMenu(deps));
  const pm = composer.chatType("private");

  pm.command(["start", "help"], (ctx) => ctx.reply(`${ctx.t("staff-help")}\n${ctx.t("staff-help-more")}`));

  pm.command("duty", async (ctx) => {
    const arg = ctx.match.trim().toLowerCase();
    if (arg !== "on" && arg !== "off") return void (await ctx.reply(ctx.t("staff-duty-usage")));
    const staff = staffOf(ctx);
    await setDuty(deps.db, staff.id, arg === "on", deps.clock.now());
    const queues = arg === "on" ? await queuesOf(deps.db, staff.id) : [];
    if (arg === "on" && !queues.length) {
      // On duty in no queue: nothing can reach them, and they should know why and what to do.
      const codes = (await listQueues(deps.db))
        .filter((q) => q.active)
        .map((q) => q.code)
        .join(", ");
      // Someone who manages the team can put themselves in a queue; others ask for it.
      const key = can(staff, "staff.manage") ? "staff-duty-on-no-queues-admin" : "staff-duty-on-no-queues";
      return void (await ctx.reply(ctx.t(key, { id: staff.telegramId.toString(), codes })));
    }
    await ctx.reply(ctx.t(arg === "on" ? "staff-duty-on-queues" : "staff-duty-off", { queues: queues.join(", ") }));
  });

  pm.command(["next", "take"], async (ctx) => {
    let number: number | null = null;
    if (ctx.message.text.startsWith("/take")) {
      const parsed = ticketAndText(ctx.match);
      if (!parsed) return void (await ctx.reply(ctx.t("staff-take-usage")));
      number = parsed[0];
    }
    try {
      const taken = await takeAndBrief(deps, staffOf(ctx), number);
      if (!taken) return void (await ctx.reply(ctx.t("staff-next-none")));
      await reportTaken(ctx, taken);
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  pm.command("queue", async (ctx) => {
    const rows = await listQueueForStaff(deps.db, staffOf(ctx).id, 15);
    if (!rows.length) return void (await ctx.reply(ctx.t("staff-queue-empty")));
    const now = deps.clock.now().getTime();
    const lines = rows.map((t) =>
      ctx.t("staff-queue-item", {
        number: String(t.number),
        queue: t.queue.code,
        priority: t.vip ? `${t.priority} ⭐` : t.priority,
        age: String(Math.max(0, Math.round((now - t.createdAt.getTime()) / 60_000))),
        subject: escapeHtml(t.subject),
      }),
    );
    await ctx.reply([ctx.t("staff-queue-header"), ...lines].join("\n"), { parse_mode: "HTML" });
  });

  pm.command("mine", async (ctx) => {
    const rows = await listMine(deps.db, staffOf(ctx).id);
    if (!rows.length) return void (await ctx.reply(ctx.t("staff-mine-empty")));
    const lines = rows.map((t) => ctx.t("staff-mine-item", { number: String(t.number), status: ctx.t(`status-${t.status}`), subject: escapeHtml(t.subject) }));
    await ctx.reply([ctx.t("staff-mine-header"), ...lines].join("\n"), { parse_mode: "HTML" });
  });

  pm.command(["r", "ask"], async (ctx) => {
    const ask = ctx.message.text.startsWith("/ask");
    const parsed = ticketAndText(ctx.match);
    if (!parsed || !parsed[1]) return void (await usage(ctx, ask ? "/ask 10001 your question" : "/r 10001 your answer"));
    await sendReply(ctx, deps, parsed[0], { text: parsed[1], origin: { chatId: BigInt(ctx.chat.id), messageId: ctx.message.message_id }, clarification: ask });
  });

  pm.command("note", async (ctx) => {
    const parsed = ticketAndText(ctx.match);
    if (!parsed || !parsed[1]) return void (await usage(ctx, "/note 10001 text"));
    try {
      await addNote(deps, staffOf(ctx), parsed[0], parsed[1]);
      await ctx.reply(ctx.t("staff-note-saved", { number: String(parsed[0]) }));
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  pm.command(["escalate", "transfer"], async (ctx) => {
    const escalate = ctx.message.text.startsWith("/escalate");
    const parsed = ticketAndText(ctx.match);
    const [target, ...reason] = (parsed?.[1] ?? "").split(/\s+/);
    if (!parsed || !target) return void (await usage(ctx, escalate ? "/escalate 10001 L2 reason" : "/transfer 10001 L2 | @agent"));
    try {
      if (!escalate && (target.startsWith("@") || /^\d+$/.test(target))) {
        const colleague = await findStaffByHandle(deps.db, target);
        if (!colleague) return void (await ctx.reply(ctx.t("staff-user-unknown", { who: target })));
        await transferToAgent(deps, staffOf(ctx), parsed[0], colleague);
        return void (await ctx.reply(ctx.t("staff-transfer-ok", { number: String(parsed[0]), agent: escapeHtml(colleague.displayName) }), {
          parse_mode: "HTML",
        }));
      }
      await moveToQueue(deps, staffOf(ctx), parsed[0], target, reason.join(" "), escalate ? "escalate" : "transfer");
      await ctx.reply(ctx.t("staff-moved", { number: String(parsed[0]), queue: target.toUpperCase() }));
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  pm.command("resolve", async (ctx) => {
    const parsed = ticketAndText(ctx.match);
    if (!parsed || !parsed[1]) return void (await usage(ctx, "/resolve 10001 what was done | what the customer should do next"));
    const [summary, next = ""] = parsed[1].split("|");
    try {
      await resolveTicket(deps, staffOf(ctx), parsed[0], summary ?? "", next);
      await ctx.reply(ctx.t("staff-resolved-ok", { number: String(parsed[0]) }));
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  pm.command("macros", async (ctx) => {
    const macros = await listMacros(deps.db, staffOf(ctx).languageCode);
    const lines = macros.map((m) => ctx.t("staff-macro-item", { code: m.code, title: escapeHtml(m.title) }));
    await ctx.reply([ctx.t("staff-macros-header"), ...lines].join("\n"), { parse_mode: "HTML" });
  });

  // /m code 10001, or /m code as a reply to a customer's message.
  pm.command("m", async (ctx) => {
    const [code, num] = ctx.match.trim().split(/\s+/);
    const number = num && /^#?\d{1,9}$/.test(num) ? Number(num.replace("#", "")) : await ticketOfReply(ctx, deps);
    if (!code || number === null) return void (await usage(ctx, "/m code 10001"));
    try {
      const text = await macroReplyText(deps.db, code, number, staffOf(ctx), (lang) => deps.texts.t(lang, "support-name"));
      if (text === null) return void (await ctx.reply(ctx.t("ticket-not-found", { number: String(number) })));
      await sendReply(ctx, deps, number, { text, macro: code, origin: { chatId: BigInt(ctx.chat.id), messageId: ctx.message.message_id } });
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  return composer;
}

export { customerHistory };
