import { Composer } from "grammy";
import type { Message } from "grammy/types";
import { editStaffReply, replyToCustomer, takeAndBrief, ticketOfStaffAlbum, type ReplyInput } from "../../domain/tickets/agent-actions.js";
import { escapeHtml } from "../../i18n/index.js";
import { onAction } from "../actions.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { readMessage } from "../message-content.js";
import { reportTaken, ticketOfReply, ticketsOfReply } from "./taken.js";
import { explainFailure, staffOf, ticketAndText } from "./helpers.js";
import { heldReplyConfirmation, settleHeldReply } from "./held-reply-menu.js";

/** Sends an agent's answer; a quality-check hold asks the agent to confirm or discard. */
export async function sendReply(ctx: BotContext, deps: BotDeps, number: number, input: ReplyInput): Promise<void> {
  try {
    const result = await replyToCustomer(deps, staffOf(ctx), number, input);
    if (result.kind === "held") {
      await ctx.reply(ctx.t("staff-held", { number: String(number), words: escapeHtml(result.words.join(", ")) }), {
        parse_mode: "HTML",
        reply_markup: heldReplyConfirmation(ctx, deps, result.messageId),
      });
      return;
    }
    // A reaction says "sent" without adding a message to the agent's chat.
    await ctx.react("👍").catch(() => ctx.reply(ctx.t("staff-sent", { number: String(number) })));
  } catch (err) {
    await explainFailure(ctx, err);
  }
}

/** An edited "/r 10001 text" (or /ask) carries its words; the command and number are not part of the reply. */
function wordsOfReply(text: string): string {
  const command = /^\/(?:r|ask)(?:@\w+)?\s+/.exec(text);
  return command ? (ticketAndText(text.slice(command[0].length))?.[1] ?? text) : text;
}

/** Agents answer by replying to a ticket card or to a customer's message the bot showed them. */
export function agentReplies(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  onAction(pm, "take", async (ctx, { ticket }) => {
    await ctx.answerCallbackQuery();
    try {
      const taken = await takeAndBrief(deps, staffOf(ctx), ticket);
      if (!taken) return;
      await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
      await reportTaken(ctx, taken);
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });

  // Confirmations sent before they became a menu (src/bot/agent/held-reply-menu.ts).
  onAction(pm, "held-reply", async (ctx, { messageId, send }) => {
    await ctx.answerCallbackQuery();
    await settleHeldReply(ctx, deps, messageId, send);
  });

  pm.on("message", async (ctx) => {
    const group = ctx.message.media_group_id;
    // The later parts of an album belong where its first part went, reply or not.
    const number = (await ticketOfReply(ctx, deps)) ?? (group ? await ticketOfStaffAlbum(deps.db, BigInt(ctx.chat.id), group) : null);
    if (number === null) {
      // Several customers' messages reached the agent as one: the reply has to say which ticket.
      const several = await ticketsOfReply(ctx, deps);
      if (several.length > 1) {
        return void (await ctx.reply(ctx.t("staff-reply-which-ticket", { numbers: several.map((n) => `#${n}`).join(", "), first: String(several[0]) })));
      }
      return void (await ctx.reply(ctx.t("staff-not-a-ticket-message")));
    }
    const content = readMessage(ctx.message as Message);
    if (content.kind !== "content") return void (await ctx.reply(ctx.t(content.kind === "unsupported" ? "unsupported-media" : "empty-message")));
    await sendReply(ctx, deps, number, {
      text: content.text,
      attachments: content.attachments,
      origin: { chatId: BigInt(ctx.chat.id), messageId: ctx.message.message_id, ...(group ? { mediaGroupId: group } : {}) },
    });
  });

  pm.on("edited_message", async (ctx) => {
    const msg = ctx.editedMessage;
    await editStaffReply(deps, { chatId: BigInt(msg.chat.id), messageId: msg.message_id }, wordsOfReply(msg.text ?? msg.caption ?? ""));
  });

  return composer;
}
