import { Composer } from "grammy";
import { customerWrites } from "../../domain/intake/customer-writes.js";
import { recordMessageEdit } from "../../domain/tickets/tickets.js";
import { onAction } from "../actions.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { readMessage } from "../message-content.js";
import { intakeDeps, pressEvent, runIntake } from "./intake.js";

/**
 * A customer's message and intake buttons, handed to the domain (src/domain/intake/customer-writes.ts
 * decides what a message is: part of the intake, a follow-up on the open ticket, or a new intake).
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
    // An unknown command: show what the bot understands instead of filing "/foo" as a problem.
    if (ctx.message.entities?.[0]?.type === "bot_command" && ctx.message.entities[0].offset === 0) {
      return void (await ctx.reply(ctx.t("help-text")));
    }
    const result = await customerWrites(intakeDeps(deps), {
      customer: ctx.customer!,
      chatId: BigInt(ctx.chat.id),
      updateId: ctx.update.update_id,
      message: {
        content: readMessage(ctx.message),
        messageId: ctx.message.message_id,
        ...(ctx.message.media_group_id ? { mediaGroupId: ctx.message.media_group_id } : {}),
      },
    });
    // The intake's replies went through the outbox with its state; the rest are said here.
    if (result.kind !== "intake" && result.say.length) await ctx.reply(result.say.map((r) => ctx.t(r.key, r.vars)).join("\n"));
  });

  // An edit changes what was said, never where the conversation is.
  pm.on("edited_message", async (ctx) => {
    const msg = ctx.editedMessage;
    await recordMessageEdit(deps, { chatId: BigInt(msg.chat.id), messageId: msg.message_id }, msg.text ?? msg.caption ?? "");
  });

  return composer;
}
