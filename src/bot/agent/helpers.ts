import type { StaffMember } from "../../db/generated/client.js";
import { DomainError } from "../../domain/shared/errors.js";
import type { BotContext } from "../context.js";

export const TICKET_ARG = /^#?(\d{1,9})(?:\s+([\s\S]*))?$/;

/** "/note 10001 text" -> [10001, "text"]; null when the number is missing. */
export function ticketAndText(match: string): [number, string] | null {
  const m = TICKET_ARG.exec(match.trim());
  return m ? [Number(m[1]), (m[2] ?? "").trim()] : null;
}

export function staffOf(ctx: BotContext): StaffMember {
  if (!ctx.staff) throw new Error("staff handler reached without a staff member");
  return ctx.staff;
}

/** Domain refusals become a plain answer to the agent; anything else goes to the error boundary. */
export async function explainFailure(ctx: BotContext, err: unknown): Promise<void> {
  if (err instanceof DomainError) {
    await ctx.reply(ctx.t("staff-error", { reason: err.message }));
    return;
  }
  throw err;
}

export const usage = (ctx: BotContext, text: string) => ctx.reply(ctx.t("staff-usage", { usage: text }));
