import { Menu } from "@grammyjs/menu";
import { releaseHeldReply } from "../../domain/tickets/agent-actions.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { menuOutdated } from "../menus/outdated.js";
import { explainFailure, staffOf } from "./helpers.js";

/** Sends or discards a reply the quality check held, and says which; the buttons go away. */
export async function settleHeldReply(ctx: BotContext, deps: BotDeps, messageId: number, send: boolean): Promise<void> {
  try {
    const ticket = await releaseHeldReply(deps, staffOf(ctx), messageId, send);
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
    await ctx.reply(send ? ctx.t("staff-sent", { number: String(ticket.number) }) : ctx.t("staff-discarded"));
  } catch (err) {
    await explainFailure(ctx, err);
  }
}

// The held message's id rides in the menu's payload. When the menu is first sent there is no
// pressed payload to carry on, so the sender leaves the id here for the render.
const heldOf = new WeakMap<BotContext, number>();
const payload = (ctx: BotContext) => String(heldOf.get(ctx) ?? (typeof ctx.match === "string" ? ctx.match : ""));

const menus = new WeakMap<BotDeps, Menu<BotContext>>();

/** "Send anyway" / "Discard" under a held reply: one menu per bot, installed before the agent's commands. */
export function heldReplyMenu(deps: BotDeps): Menu<BotContext> {
  const known = menus.get(deps);
  if (known) return known;
  const menu = new Menu<BotContext>("held", { onMenuOutdated: menuOutdated });
  const settle = (send: boolean) => (ctx: BotContext) => {
    const id = Number(ctx.match);
    return Number.isSafeInteger(id) && id > 0 ? settleHeldReply(ctx, deps, id, send) : ctx.reply(ctx.t("stale-button"));
  };
  menu.text({ text: (ctx) => ctx.t("btn-send-anyway"), payload }, settle(true)).text({ text: (ctx) => ctx.t("btn-discard"), payload }, settle(false));
  menus.set(deps, menu);
  return menu;
}

/** The confirmation for one held message, to send as `reply_markup` while handling `ctx`. */
export function heldReplyConfirmation(ctx: BotContext, deps: BotDeps, messageId: number): Menu<BotContext> {
  heldOf.set(ctx, messageId);
  return heldReplyMenu(deps);
}
