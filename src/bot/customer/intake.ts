import { isTopic, type Topic } from "../../domain/classification/topics.js";
import type { ActionOf } from "../../domain/callback-data.js";
import type { IntakeEvent } from "../../domain/intake/flow.js";
import type { CustomerWritesDeps } from "../../domain/intake/customer-writes.js";
import { handleIntake, type IntakeInput } from "../../domain/intake/session.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

// The bot's side of the intake: Telegram updates in, domain events out. The flow itself, its
// state and its replies live in src/domain/intake.

export function intakeDeps(deps: BotDeps): CustomerWritesDeps {
  return {
    ...deps,
    handoffAfterUnmatched: deps.config.HANDOFF_AFTER_UNMATCHED_TURNS,
    idleMinutes: deps.config.INTAKE_IDLE_MINUTES,
    reopenWindowHours: deps.config.REOPEN_WINDOW_HOURS,
  };
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
