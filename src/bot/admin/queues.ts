import { Composer } from "grammy";
import { addQueue, listQueues, parsePolicyArgs, updateQueue } from "../../domain/routing/queues.js";
import { DomainError } from "../../domain/shared/errors.js";
import { escapeHtml } from "../../i18n/index.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { can } from "../../domain/staff/permissions.js";
import { requireStaff } from "../staff-guard.js";
import { queuesMenu } from "./queues-menu.js";

/** Queues and their SLA policies, edited by admins from their chat with the bot. */
export function queueAdmin(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const menu = queuesMenu(deps);
  composer.use(menu);
  const pm = composer.chatType("private");

  const show = async (ctx: BotContext) => {
    const queues = await listQueues(deps.db);
    const none = ctx.t("queue-none");
    const lines = queues.map(
      (q) =>
        ctx.t("queue-list-item", {
          code: q.code,
          name: escapeHtml(q.name),
          first: String(q.firstResponseMinutes),
          resolution: q.resolutionMinutes === null ? none : `${q.resolutionMinutes} min`,
          warn: String(q.warnBeforeMinutes),
          escalate: q.escalateToCode ?? none,
        }) + ctx.t("queue-list-hours", { hours: q.workingHours ?? "24/7", tz: deps.config.DESK_TIME_ZONE }),
    );
    // Supervisors read the list; those who may change queues also get a button per queue to pause
    // or resume it.
    const manages = ctx.staff !== undefined && can(ctx.staff, "queues.manage");
    await ctx.reply(manages ? `${lines.join("\n")}\n\n${ctx.t("queues-menu-hint")}` : lines.join("\n"), {
      parse_mode: "HTML",
      ...(manages ? { reply_markup: menu } : {}),
    });
  };

  pm.command("queues", async (ctx) => {
    if (await requireStaff(ctx, deps, "queues.view")) await show(ctx);
  });

  pm.command(["queue_set", "queue_add"], async (ctx) => {
    const admin = await requireStaff(ctx, deps, "queues.manage");
    if (!admin) return;
    const [code, ...rest] = ctx.match.trim().split(/\s+/);
    if (!code) return void (await ctx.reply(ctx.t("queue-usage")));
    const actor = { staffId: admin.id, at: deps.clock.now() };
    try {
      if (ctx.message.text.startsWith("/queue_add")) await addQueue(deps.db, code.toUpperCase(), rest.join(" "), actor);
      else await updateQueue(deps.db, code.toUpperCase(), parsePolicyArgs(rest.join(" ")), actor);
      await ctx.reply(ctx.t("queue-saved", { code: code.toUpperCase() }));
      await show(ctx);
    } catch (err) {
      if (err instanceof DomainError) return void (await ctx.reply(`${ctx.t("staff-error", { reason: err.message })}\n${ctx.t("queue-usage")}`));
      throw err;
    }
  });

  return composer;
}
