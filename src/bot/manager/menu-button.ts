import { Composer } from "grammy";
import type { MenuButton } from "grammy/types";
import { recordedMenuButton, recordMenuButton, staffMenuPath } from "../../domain/staff/menu-button.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/**
 * Gives each staff member's private chat the Mini App menu button to the staff pages
 * (setChatMenuButton for that chat alone), and gives it back the bot's usual button once they
 * are no longer staff. Telegram keeps a chat's button: it is set once per chat and change, after
 * the update's own answer, and which chats have the staff button is kept in the database, so any
 * instance (after any restart) gives it back. Without an https Mini App address there is no button.
 */
export function staffMenuButtons(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const base = deps.config.MINI_APP_URL ?? deps.config.PUBLIC_URL;
  composer.chatType("private").use(async (ctx, next) => {
    await next();
    if (!base?.startsWith("https://")) return;
    // Only the team, and those who left it, can have a staff button: a customer's update asks nothing more.
    if (!ctx.staff && !ctx.formerStaff) return;
    const chat = ctx.chat.id;
    const path = staffMenuPath(ctx.staff);
    const url = path ? new URL(path, base.endsWith("/") ? base : `${base}/`).toString() : null;
    try {
      if (url === (await recordedMenuButton(deps.db, BigInt(chat)))) return;
      const button: MenuButton = url ? { type: "web_app", text: ctx.t("manager-menu-button"), web_app: { url } } : { type: "default" };
      await ctx.api.setChatMenuButton({ chat_id: chat, menu_button: button });
      await recordMenuButton(deps.db, BigInt(chat), url, deps.clock.now());
    } catch (err) {
      ctx.log.warn({ err }, "could not set the chat's menu button");
    }
  });
  return composer;
}
