import { Menu, type MenuFlavor } from "@grammyjs/menu";
import { listQueues, updateQueue } from "../../domain/routing/queues.js";
import { can } from "../../domain/staff/permissions.js";
import { explainFailure, staffOf } from "../agent/helpers.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { menuOutdated } from "../menus/outdated.js";

// /queues as a menu for those who may change queues (admins): each queue a button that pauses or resumes it. New tickets of a
// paused queue's topics go to the fallback queue (src/domain/tickets/tickets.ts).
export function queuesMenu(deps: BotDeps): Menu<BotContext> {
  const menu = new Menu<BotContext>("queues", { onMenuOutdated: menuOutdated });
  menu.dynamic(async (ctx, range) => {
    (await listQueues(deps.db)).forEach((q, i) => {
      if (i) range.row();
      range.text(ctx.t(q.active ? "queues-menu-active" : "queues-menu-paused", { code: q.code, name: q.name }), async (ctx: BotContext & MenuFlavor) => {
        if (!can(staffOf(ctx), "queues.manage")) return void (await ctx.reply(ctx.t("staff-admins-only")));
        try {
          await updateQueue(deps.db, q.code, { active: !q.active }, { staffId: staffOf(ctx).id, at: deps.clock.now() });
        } catch (err) {
          return explainFailure(ctx, err);
        }
        ctx.menu.update();
        await ctx.reply(ctx.t(q.active ? "queues-menu-now-paused" : "queues-menu-now-active", { code: q.code }));
      });
    });
  });
  return menu;
}
