import { Composer } from "grammy";
import { macroReplyText } from "../../domain/macros/macro-reply.js";
import { onAction } from "../actions.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { explainFailure, staffOf } from "./helpers.js";
import { sendReply } from "./replies.js";

// Agent assist: the macros suggested on taking a ticket are buttons; one tap sends the macro to
// the customer, as "/m code 10001" would.

export function agentAssist(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  onAction(composer.chatType("private"), "assist-macro", async (ctx, { code, ticket: number }) => {
    await ctx.answerCallbackQuery();
    try {
      const text = await macroReplyText(deps.db, code, number, staffOf(ctx), (lang) => deps.texts.t(lang, "support-name"));
      if (text === null) return void (await ctx.reply(ctx.t("ticket-not-found", { number: String(number) })));
      await sendReply(ctx, deps, number, { text, macro: code });
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });
  return composer;
}
