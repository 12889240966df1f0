import { Composer } from "grammy";
import { DomainError } from "../../domain/shared/errors.js";
import { takeNextTicket, takeTicket } from "../../domain/routing/assignment.js";
import { setDuty } from "../../domain/staff/staff.js";
import { escapeHtml } from "../../i18n/index.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { requireStaff } from "../staff-guard.js";

export function agentCommands(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  pm.command("duty", async (ctx) => {
    const staff = await requireStaff(ctx, deps);
    if (!staff) return;
    const arg = ctx.match.trim().toLowerCase();
    if (arg !== "on" && arg !== "off") return void (await ctx.reply(ctx.t("staff-duty-usage")));
    await setDuty(deps.db, staff.id, arg === "on");
    await ctx.reply(ctx.t(arg === "on" ? "staff-duty-on" : "staff-duty-off"));
  });

  pm.command(["next", "take"], async (ctx) => {
    const staff = await requireStaff(ctx, deps);
    if (!staff) return;
    try {
      let ticket;
      if (ctx.message.text.startsWith("/next")) {
        ticket = await takeNextTicket(deps, staff.id);
        if (!ticket) return void (await ctx.reply(ctx.t("staff-next-none")));
      } else {
        const n = /^#?(\d{1,9})$/.exec(ctx.match.trim());
        if (!n) return void (await ctx.reply(ctx.t("staff-take-usage")));
        ticket = await takeTicket(deps, staff.id, Number(n[1]));
      }
      const queue = await deps.db.queue.findUniqueOrThrow({ where: { id: ticket.queueId } });
      await ctx.reply(ctx.t("staff-taken", { number: String(ticket.number), queue: queue.code, subject: escapeHtml(ticket.subject) }), { parse_mode: "HTML" });
    } catch (err) {
      if (err instanceof DomainError) return void (await ctx.reply(ctx.t("staff-error", { reason: err.message })));
      throw err;
    }
  });

  return composer;
}
