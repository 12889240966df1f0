import type { MenuFlavor } from "@grammyjs/menu";
import type { BotContext } from "../context.js";

/**
 * A press on a menu whose message no longer matches what the menu would show now (someone else
 * changed the list, the bot was updated): say so in the person's language and show it afresh.
 */
export async function menuOutdated(ctx: BotContext & MenuFlavor): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t("menu-outdated") });
  ctx.menu.update();
}
