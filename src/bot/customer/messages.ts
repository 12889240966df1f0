import { Composer } from "grammy";
import { hasConsent } from "../../domain/customers/customers.js";
import { appendCustomerMessage, findTicketForFollowUp, recordMessageEdit } from "../../domain/tickets/tickets.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { readMessage } from "../message-content.js";
import { INTAKE, type IntakeArgs } from "./intake.js";

/**
 * A message outside any flow: it joins the customer's open ticket, or asks whether it is about a
 * ticket resolved a moment ago, or starts the intake with the text as the problem.
 */
export function customerMessages(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  pm.on("message", async (ctx) => {
    const customer = ctx.customer!;
    // An unknown command: show what the bot understands instead of filing "/foo" as a problem.
    if (ctx.message.entities?.[0]?.type === "bot_command" && ctx.message.entities[0].offset === 0) {
      return void (await ctx.reply(ctx.t("help-text")));
    }
    const content = readMessage(ctx.message);
    if (content.kind === "unsupported") return void (await ctx.reply(ctx.t("unsupported-media")));
    if (content.kind === "empty") return void (await ctx.reply(ctx.t("empty-message")));
    if (content.kind === "emoji-only") return void (await ctx.reply(ctx.t("emoji-only")));

    const telegram = {
      chatId: BigInt(ctx.chat.id),
      messageId: ctx.message.message_id,
      ...(ctx.message.media_group_id ? { mediaGroupId: ctx.message.media_group_id } : {}),
    };
    const windowStart = new Date(deps.clock.now().getTime() - deps.config.REOPEN_WINDOW_HOURS * 3_600_000);
    const { open: active, resolved } = await findTicketForFollowUp(deps.db, customer.id, windowStart);
    if (active) {
      const r = await appendCustomerMessage(deps, { ticketId: active.id, text: content.text, attachments: content.attachments, telegram });
      if (r.worthTelling || content.long) {
        const notes = [r.worthTelling ? ctx.t("ticket-appended", { number: String(active.number) }) : "", content.long ? ctx.t("text-too-long") : ""];
        await ctx.reply(notes.filter(Boolean).join("\n"));
      }
      return;
    }

    const args: IntakeArgs = {
      customerId: customer.id,
      lang: customer.languageCode,
      hasConsent: hasConsent(customer),
      updateId: ctx.update.update_id,
      text: content.text,
      attachments: content.attachments,
      messageId: ctx.message.message_id,
      ...(resolved ? { resolved: { id: resolved.id, number: resolved.number } } : {}),
    };
    if (content.long) await ctx.reply(ctx.t("text-too-long"));
    await ctx.conversation.enter(INTAKE, args);
  });

  pm.on("edited_message", async (ctx) => {
    const msg = ctx.editedMessage;
    await recordMessageEdit(deps, { chatId: BigInt(msg.chat.id), messageId: msg.message_id }, msg.text ?? msg.caption ?? "");
  });

  return composer;
}
