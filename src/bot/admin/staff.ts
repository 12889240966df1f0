import { Composer } from "grammy";
import { deleteMacro, saveMacro } from "../../domain/macros/macros.js";
import { setRule } from "../../domain/automation/rules.js";
import { deleteCustomRule, saveCustomRule } from "../../domain/automation/custom-rules.js";
import { can, type Permission } from "../../domain/staff/permissions.js";
import { listStaff, parseStaffArgs, queuesOf, removeStaff, resolveTelegramId, saveStaff } from "../../domain/staff/staff.js";
import { escapeHtml } from "../../i18n/index.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { explainFailure, staffOf, usage } from "../agent/helpers.js";
import { rulesMenu, rulesText } from "./rules-menu.js";
import { staffListText, staffMenu } from "./staff-menu.js";

/** Admins manage the team and the macros from their chat with the bot. */
export function staffAdmin(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  // The lists below come with menus to act on them; the text commands keep working.
  const team = staffMenu(deps);
  const automations = rulesMenu(deps);
  composer.use(team, automations);
  const pm = composer.chatType("private");
  /** The chat of those whose role holds `permission`; anyone else who tries `commands` is told so, rather than having it read as a message. */
  const holding = (permission: Permission, commands: string[]) => {
    pm.filter((ctx) => !can(staffOf(ctx), permission)).command(commands, (ctx) => ctx.reply(ctx.t("staff-admins-only")));
    return pm.filter((ctx) => can(staffOf(ctx), permission));
  };
  const teamManagers = holding("staff.manage", ["staff", "staff_add", "staff_set", "staff_remove"]);
  const macroWriters = holding("macros.manage", ["macro_add", "macro_del"]);
  const ruleKeepers = holding("automations.manage", ["rules", "rule_on", "rule_off", "rule_add", "rule_del"]);

  teamManagers.command("staff", async (ctx) => {
    const text = `${staffListText(ctx, await listStaff(deps.db))}\n\n${ctx.t("staff-menu-hint")}`;
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: team });
  });

  // /staff_add @user role=agent queues=L1,L2 limit=5 name=Anna   (/staff_set takes the same)
  teamManagers.command(["staff_add", "staff_set", "staff_remove"], async (ctx) => {
    const [who, ...rest] = ctx.match.trim().split(/\s+/);
    const remove = ctx.message.text.startsWith("/staff_remove");
    if (!who) return void (await usage(ctx, remove ? "/staff_remove @user" : "/staff_add @user role=agent queues=L1,L2 limit=5 name=Anna"));
    try {
      const telegramId = await resolveTelegramId(deps.db, who);
      if (telegramId === null) return void (await ctx.reply(ctx.t("staff-user-unknown", { who })));
      const now = deps.clock.now();
      if (remove) {
        const s = await removeStaff(deps.db, staffOf(ctx).id, telegramId, now);
        return void (await ctx.reply(ctx.t("staff-removed", { name: escapeHtml(s.displayName) }), { parse_mode: "HTML" }));
      }
      const s = await saveStaff(deps.db, staffOf(ctx).id, telegramId, parseStaffArgs(rest.join(" ")), now);
      const queues = await queuesOf(deps.db, s.id);
      await ctx.reply(
        ctx.t("staff-added", { name: escapeHtml(s.displayName), role: s.role, queues: queues.join(",") || "—", limit: String(s.maxConcurrent) }),
        { parse_mode: "HTML" },
      );
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  // /macro_add code lang text...   /macro_del code
  macroWriters.command(["macro_add", "macro_del"], async (ctx) => {
    const del = ctx.message.text.startsWith("/macro_del");
    const [code, lang, ...words] = ctx.match.trim().split(/\s+/);
    try {
      if (del) {
        if (!code) return void (await usage(ctx, "/macro_del code"));
        await deleteMacro(deps.db, code, { staffId: staffOf(ctx).id, at: deps.clock.now() });
        return void (await ctx.reply(ctx.t("macro-deleted", { code })));
      }
      if (!code || !lang || !words.length) return void (await usage(ctx, "/macro_add code en Hello {name}, ..."));
      await saveMacro(deps.db, code, lang, words.join(" "), undefined, { staffId: staffOf(ctx).id, at: deps.clock.now() });
      await ctx.reply(ctx.t("macro-saved", { code, lang }));
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  ruleKeepers.command("rules", async (ctx) => {
    await ctx.reply(await rulesText(ctx, deps), { parse_mode: "HTML", reply_markup: automations });
  });

  // /rule_add custom-vip-payments {"event":"ticket-created","when":{"vip":true,"topic":["payment"]},"then":{"action":"set-priority","priority":"critical"}}
  ruleKeepers.command(["rule_add", "rule_del"], async (ctx) => {
    const del = ctx.message.text.startsWith("/rule_del");
    const text = ctx.match.trim();
    const space = text.indexOf(" ");
    const code = space < 0 ? text : text.slice(0, space);
    if (!code || (!del && space < 0))
      return void (await usage(ctx, del ? "/rule_del custom-code" : '/rule_add custom-code {"event":"ticket-created","when":{...},"then":{"action":"alert"}}'));
    try {
      if (del) {
        await deleteCustomRule(deps.db, code, staffOf(ctx).id, deps.clock.now());
        return void (await ctx.reply(ctx.t("staff-rule-deleted", { code })));
      }
      let json: unknown;
      try {
        json = JSON.parse(text.slice(space + 1));
      } catch {
        return void (await ctx.reply(ctx.t("staff-rule-bad-json")));
      }
      await saveCustomRule(deps.db, code, json, staffOf(ctx).id, deps.clock.now());
      await ctx.reply(ctx.t("staff-rule-saved", { code, state: ctx.t("staff-rule-on") }));
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  ruleKeepers.command(["rule_on", "rule_off"], async (ctx) => {
    const on = ctx.message.text.startsWith("/rule_on");
    const code = ctx.match.trim();
    if (!code) return void (await usage(ctx, "/rule_off follow-up"));
    try {
      await setRule(deps.db, code, on, staffOf(ctx).id, deps.clock.now());
      await ctx.reply(ctx.t("staff-rule-saved", { code, state: ctx.t(on ? "staff-rule-on" : "staff-rule-off") }));
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  return composer;
}
