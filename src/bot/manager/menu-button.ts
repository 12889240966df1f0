import { Composer } from "grammy";
import type { MenuButton } from "grammy/types";
import { staffMenuPath } from "../../domain/staff/menu-button.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/**
 * Gives each staff member's private chat the Mini App menu button to the staff pages
 * (setChatMenuButton for that chat alone), and gives it back the bot's usual button once they
 * are no longer staff. Telegram keeps a chat's button: each instance sets it once per chat and
 * change, after the update's own answer. Without an https Mini App address there is no button.
 */
export function staffMenuButtons(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  // What this instance last set per chat: a staff page's URL, or "default".
  const set = new Map<number, string>();
  const base = deps.config.MINI_APP_URL ?? deps.config.PUBLIC_URL;
  composer.chatType("private").use(async (ctx, next) => {
    await next();
    if (!base?.startsWith("https://")) return;
    const chat = ctx.chat.id;
    const path = staffMenuPath(ctx.staff);
    const url = path ? new URL(path, base.endsWith("/") ? base : `${base}/`).toString() : null;
    // A customer's chat is left alone unless this instance had given it a staff button.
    if (!url && set.get(chat) === undefined) return;
    const want = url ?? "default";
    if (set.get(chat) === want) return;
    const button: MenuButton = url ? { type: "web_app", text: ctx.t("manager-menu-button"), web_app: { url } } : { type: "default" };
    try {
      await ctx.api.setChatMenuButton({ chat_id: chat, menu_button: button });
      if (url) set.set(chat, want);
      else set.delete(chat);
    } catch (err) {
      ctx.log.warn({ err }, "could not set the chat's menu button");
    }
  });
  return composer;
}
