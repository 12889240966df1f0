import { Composer } from "grammy";
import { activeIntake } from "../../domain/intake/session.js";
import { appendCustomerMessage, findTicketForFollowUp, recordMessageEdit } from "../../domain/tickets/tickets.js";
import { onAction } from "../actions.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { readMessage } from "../message-content.js";
import { intakeDeps, messageEvent, pressEvent, runIntake } from "./intake.js";

/**
 * A customer's message: the intake under way takes it; otherwise it joins the customer's open
 * ticket, or asks whether it is about a ticket resolved a moment ago, or starts the intake with
 * the text as the problem.
 */
export function customerMessages(deps: BotDeps) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  onAction(pm, ["intake", "intake-outdated"], async (ctx, pressed) => {
    // Answered first: the spinner on the button stops whatever happens next.
    await ctx.answerCallbackQuery().catch((err: unknown) => ctx.log.warn({ err }, "could not answer a button press"));
    await runIntake(deps, ctx, pressEvent(pressed));
  });

  pm.on("message", async (ctx) => {
    const customer = ctx.customer!;
    // An unknown command: show what the bot understands instead of filing "/foo" as a problem.
    if (ctx.message.entities?.[0]?.type === "bot_command" && ctx.message.entities[0].offset === 0) {
      return void (await ctx.reply(ctx.t("help-text")));
    }
    if (await activeIntake(intakeDeps(deps), customer.id)) return void (await runIntake(deps, ctx, messageEvent(ctx.message)));

    const content = readMessage(ctx.message);
    const windowStart = new Date(deps.clock.now().getTime() - deps.config.REOPEN_WINDOW_HOURS * 3_600_000);
    const { open: active, resolved } = await findTicketForFollowUp(deps.db, customer.id, windowStart);
    if (active && content.kind === "content") {
      const telegram = {
        chatId: BigInt(ctx.chat.id),
        messageId: ctx.message.message_id,
        ...(ctx.message.media_group_id ? { mediaGroupId: ctx.message.media_group_id } : {}),
      };
      const r = await appendCustomerMessage(deps, { ticketId: active.id, text: content.text, attachments: content.attachments, telegram });
      if (r.worthTelling || content.long) {
        const notes = [r.worthTelling ? ctx.t("ticket-appended", { number: String(active.number) }) : "", content.long ? ctx.t("text-too-long") : ""];
        await ctx.reply(notes.filter(Boolean).join("\n"));
      }
      return;
    }
    if (active) {
      // A sticker or an emoji on an open ticket: said kindly, the ticket stays as it is.
      return void (await ctx.reply(ctx.t(content.kind === "unsupported" ? "unsupported-media" : content.kind === "empty" ? "empty-message" : "emoji-only")));
    }
    if (content.kind === "content" && content.long) await ctx.reply(ctx.t("text-too-long"));
    await runIntake(deps, ctx, messageEvent(ctx.message), { resolved: resolved ? { id: resolved.id, number: resolved.number } : null });
  });

  // An edit changes what was said, never where the conversation is.
  pm.on("edited_message", async (ctx) => {
    const msg = ctx.editedMessage;
    await recordMessageEdit(deps, { chatId: BigInt(msg.chat.id), messageId: msg.message_id }, msg.text ?? msg.caption ?? "");
  });

  return composer;
}
