import { Menu, type MenuFlavor } from "@grammyjs/menu";
import { deleteCustomRule, listCustomRules } from "../../domain/automation/custom-rules.js";
import { listRules, setRule } from "../../domain/automation/rules.js";
import { can } from "../../domain/staff/permissions.js";
import { escapeHtml } from "../../i18n/index.js";
import { explainFailure, staffOf } from "../agent/helpers.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { menuOutdated } from "../menus/outdated.js";

type MenuContext = BotContext & MenuFlavor;

// /rules as a menu: each automation a button that switches it on or off, and a custom rule's
// deletion behind a confirmation. The same use cases as /rule_on, /rule_off and /rule_del.

/** The automations as the /rules command lists them. */
export async function rulesText(ctx: BotContext, deps: BotDeps): Promise<string> {
  const lines = (await listRules(deps.db)).map((r) =>
    ctx.t("staff-rule-item", { state: r.enabled ? "✅" : "⏸", code: r.code, event: r.event, action: r.action }),
  );
  const custom = (await listCustomRules(deps.db)).map((r) =>
    ctx.t("staff-rule-item", {
      state: r.enabled ? "✅" : "⏸",
      code: r.code,
      event: r.rule.success ? `${r.rule.data.event} ${escapeHtml(JSON.stringify(r.rule.data.when))}` : "?",
      action: r.rule.success ? escapeHtml(JSON.stringify(r.rule.data.then)) : "?",
    }),
  );
  return [ctx.t("staff-rules-header"), ...lines, ...custom].join("\n");
}

/** The custom rule a deletion is about: its place in the list rides in the payload (codes can be too long for it). */
const indexPayload = (ctx: BotContext) => (typeof ctx.match === "string" ? ctx.match : "");

export function rulesMenu(deps: BotDeps): Menu<BotContext> {
  const list = new Menu<BotContext>("rules", { onMenuOutdated: menuOutdated });
  const deletion = new Menu<BotContext>("rule-rm", { onMenuOutdated: menuOutdated });

  const redraw = async (ctx: MenuContext) => {
    await ctx.editMessageText(await rulesText(ctx, deps), { parse_mode: "HTML" }).catch(() => undefined);
  };
  const admin = async (ctx: BotContext) => {
    if (can(staffOf(ctx), "automations.manage")) return true;
    await ctx.reply(ctx.t("staff-admins-only"));
    return false;
  };
  const toggle = (code: string, on: boolean) => async (ctx: MenuContext) => {
    if (!(await admin(ctx))) return;
    try {
      await setRule(deps.db, code, on, staffOf(ctx).id, deps.clock.now());
    } catch (err) {
      return explainFailure(ctx, err);
    }
    ctx.menu.update();
    await redraw(ctx);
  };
  const label = (ctx: BotContext, code: string, enabled: boolean) => ctx.t(enabled ? "rules-menu-on" : "rules-menu-off", { code });

  list.dynamic(async (ctx, range) => {
    // One row per automation; a custom one also has its delete button.
    (await listRules(deps.db)).forEach((r, i) => {
      if (i) range.row();
      range.text(label(ctx, r.code, r.enabled), toggle(r.code, !r.enabled));
    });
    (await listCustomRules(deps.db)).forEach((r, i) => {
      range
        .row()
        .text(label(ctx, r.code, r.enabled), toggle(r.code, !r.enabled))
        .submenu({ text: ctx.t("rules-menu-delete"), payload: String(i) }, "rule-rm");
    });
  });

  deletion.dynamic(async (ctx, range) => {
    const rule = (await listCustomRules(deps.db))[Number(indexPayload(ctx))];
    // The rule's code is on the button: a list changed since it was shown does not delete another rule.
    if (rule) {
      range
        .text({ text: ctx.t("rules-menu-delete-confirm", { code: rule.code }), payload: indexPayload }, async (ctx) => {
          if (!(await admin(ctx))) return;
          try {
            await deleteCustomRule(deps.db, rule.code, staffOf(ctx).id, deps.clock.now());
          } catch (err) {
            return explainFailure(ctx, err);
          }
          await ctx.reply(ctx.t("staff-rule-deleted", { code: rule.code }));
          ctx.menu.nav("rules");
          await redraw(ctx);
        })
        .row();
    }
    range.back({ text: ctx.t("menu-back"), payload: indexPayload });
  });

  list.register(deletion);
  return list;
}
