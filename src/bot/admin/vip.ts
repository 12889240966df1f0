import { Composer } from "grammy";
import { listVips, parseVipTargets, setVip, type VipChange } from "../../domain/customers/vip.js";
import { can } from "../../domain/staff/permissions.js";
import { ticketWithCustomer } from "../../domain/tickets/agent-views.js";
import { escapeHtml } from "../../i18n/index.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { ticketOfReply } from "../agent/taken.js";
import { explainFailure, staffOf } from "../agent/helpers.js";

/**
 * Supervisors and admins mark customers VIP: /vip @anna, /vip 123456789 987654321 (a whole list
 * at once), or /vip as a reply to a ticket card or a customer's message. /unvip takes the same.
 */
export function vipAdmin(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");
  pm.filter((ctx) => !can(staffOf(ctx), "customers.vip")).command(["vip", "unvip", "vips"], (ctx) => ctx.reply(ctx.t("vip-supervisors-only")));
  const allowed = pm.filter((ctx) => can(staffOf(ctx), "customers.vip"));

  allowed.command("vips", async (ctx) => {
    const vips = await listVips(deps);
    if (!vips.length) return void (await ctx.reply(ctx.t("vip-list-empty")));
    const lines = vips.map((c) =>
      ctx.t("vip-list-item", { name: escapeHtml(c.firstName), id: c.telegramId.toString(), username: c.username ? ` @${escapeHtml(c.username)}` : "" }),
    );
    await ctx.reply([ctx.t("vip-list-header"), ...lines].join("\n"), { parse_mode: "HTML" });
  });

  allowed.command(["vip", "unvip"], async (ctx) => {
    const on = !ctx.message.text.startsWith("/unvip");
    let handles = parseVipTargets(ctx.match);
    if (!handles.length) {
      // As a reply to a ticket card or a customer's message: that ticket's customer.
      const number = await ticketOfReply(ctx, deps);
      const ticket = number === null ? null : await ticketWithCustomer(deps.db, number);
      if (ticket) handles = [ticket.customer.telegramId.toString()];
    }
    if (!handles.length) return void (await ctx.reply(ctx.t("vip-usage")));
    try {
      const result = await setVip(deps, staffOf(ctx), handles, on);
      await ctx.reply(report(ctx, result, on), { parse_mode: "HTML" });
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  return composer;
}

function report(ctx: BotContext, r: VipChange, on: boolean): string {
  const who = (list: VipChange["changed"]) => list.map((c) => `${escapeHtml(c.firstName)} (${c.telegramId})`).join(", ");
  const lines = [ctx.t(on ? "vip-set" : "vip-unset", { count: r.changed.length, names: who(r.changed) || "—" })];
  if (r.unchanged.length) lines.push(ctx.t("vip-unchanged", { names: who(r.unchanged) }));
  if (r.unknown.length) lines.push(ctx.t("vip-unknown", { who: escapeHtml(r.unknown.join(", ")) }));
  return lines.join("\n");
}
