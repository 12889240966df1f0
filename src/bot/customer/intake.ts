import type { Message } from "grammy/types";
import { isTopic, type Topic } from "../../domain/classification/topics.js";
import type { ActionOf } from "../../domain/callback-data.js";
import type { IntakeEvent } from "../../domain/intake/flow.js";
import { handleIntake, type IntakeDeps, type IntakeInput } from "../../domain/intake/session.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { readMessage } from "../message-content.js";

// The bot's side of the intake: Telegram updates in, domain events out. The flow itself, its
// state and its replies live in src/domain/intake.

export function intakeDeps(deps: BotDeps): IntakeDeps {
  return {
    ...deps,
    handoffAfterUnmatched: deps.config.HANDOFF_AFTER_UNMATCHED_TURNS,
    idleMinutes: deps.config.INTAKE_IDLE_MINUTES,
  };
}

/** A customer's message as an intake event. */
export function messageEvent(message: Message): IntakeEvent {
  const content = readMessage(message);
  if (content.kind === "content") {
    return {
      kind: "message",
      text: content.text,
      attachments: content.attachments,
      messageId: message.message_id,
      ...(message.media_group_id ? { mediaGroupId: message.media_group_id } : {}),
    };
  }
  return { kind: "unusable", why: content.kind === "emoji-only" ? "emoji" : content.kind };
}

/** An intake button as an event; one of an earlier version of the bot shows where the conversation is. */
export function pressEvent(pressed: ActionOf<"intake" | "intake-outdated">): IntakeEvent {
  return { kind: "press", action: pressed.kind === "intake" ? pressed.action : "retry" };
}

export function startEvent(topic: string | undefined): IntakeEvent {
  const t: Topic | undefined = isTopic(topic) ? topic : undefined;
  return { kind: "start", ...(t ? { topic: t } : {}) };
}

export function runIntake(deps: BotDeps, ctx: BotContext, event: IntakeEvent, extra: Partial<IntakeInput> = {}) {
  return handleIntake(intakeDeps(deps), {
    customer: ctx.customer!,
    chatId: BigInt(ctx.chatId!),
    updateId: ctx.update.update_id,
    event,
    ...extra,
  });
}
