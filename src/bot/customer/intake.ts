import type { Message } from "grammy/types";
import { isTopic, type Topic } from "../../domain/classification/topics.js";
import { isIntakeAction, type IntakeEvent } from "../../domain/intake/flow.js";
import { INTAKE_CALLBACK_PREFIX, handleIntake, type IntakeDeps, type IntakeInput } from "../../domain/intake/session.js";
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

/** "i:topic-payment" -> the press; anything else (an old format, junk) -> null. */
export function pressEvent(data: string): IntakeEvent | null {
  if (!data.startsWith(INTAKE_CALLBACK_PREFIX)) return null;
  const action = data.slice(INTAKE_CALLBACK_PREFIX.length);
  return isIntakeAction(action) ? { kind: "press", action } : null;
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
