import { Composer } from "grammy";
import { liveBoard } from "../../domain/analytics/board.js";
import { keyNumbers } from "../../domain/analytics/reports.js";
import { can } from "../../domain/staff/permissions.js";
import { escapeHtml } from "../../i18n/index.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { staffOf } from "../agent/helpers.js";

/**
 * /board opens the manager's desk in the Mini App for those whose role has the board or the
 * numbers (the permission table decides). Telegram opens Mini Apps only over https: without such
 * an address the same figures come as text.
 */
export function managerDesk(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  pm.command("board", async (ctx) => {
    const staff = staffOf(ctx);
    const board = can(staff, "board.view");
    if (!board && !can(staff, "numbers.view")) return void (await ctx.reply(ctx.t("manager-not-allowed")));
    const base = deps.config.MINI_APP_URL ?? deps.config.PUBLIC_URL;
    if (base?.startsWith("https://")) {
      const url = new URL(board ? "staff/board" : "staff/numbers", base.endsWith("/") ? base : `${base}/`).toString();
      await ctx.reply(ctx.t("manager-open"), {
        reply_markup: { inline_keyboard: [[{ text: ctx.t(board ? "manager-open-board" : "manager-open-numbers"), web_app: { url } }]] },
      });
      return;
    }
    const now = deps.clock.now();
    if (board) {
      const b = await liveBoard(deps.sql, now, 0);
      const lines = b.queues.map((q) =>
        ctx.t("manager-board-queue", {
          queue: escapeHtml(q.code),
          waiting: q.waiting,
          oldest: q.oldestWaitingSince ? Math.round((now.getTime() - Date.parse(q.oldestWaitingSince)) / 60_000) : 0,
          risk: q.atRisk,
          breached: q.breached,
        }),
      );
      const agents = b.agents.map((a) => ctx.t("manager-board-agent", { name: escapeHtml(a.name), load: a.load, limit: a.limit }));
      await ctx.reply([ctx.t("manager-board-title"), ...lines, "", ctx.t("manager-board-agents", { count: b.agents.length }), ...agents].join("\n"), {
        parse_mode: "HTML",
      });
      return;
    }
    const k = await keyNumbers(deps.sql, now);
    await ctx.reply(ctx.t("digest-numbers", k.vars));
  });

  return composer;
}
