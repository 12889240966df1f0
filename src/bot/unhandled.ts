import { Composer } from "grammy";
import type { BotContext } from "./context.js";

/** Last in the chain: whatever nobody handled still gets a helpful answer. */
export function unhandled() {
  const composer = new Composer<BotContext>();
  composer.on("callback_query:data", async (ctx) => {
    // A button from a flow that has finished (or from before a restart with changed code).
    await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    if (ctx.chat?.type === "private") await ctx.reply(ctx.t("help-text"));
  });
  composer.chatType("private").on("message", (ctx) => ctx.reply(ctx.t("help-text")));
  return composer;
}
