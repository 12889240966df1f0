import { Composer } from "grammy";
import { macroText, renderMacro } from "../../domain/macros/macros.js";
import { publicStaffName } from "../../domain/staff/names.js";
import { ticketWithCustomer } from "../../domain/tickets/agent-views.js";
import { currentEtaMinutes } from "../../domain/tickets/tickets.js";
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
      const ticket = await ticketWithCustomer(deps.db, number);
      if (!ticket) return void (await ctx.reply(ctx.t("ticket-not-found", { number: String(number) })));
      const body = await macroText(deps.db, code, ticket.customer.languageCode);
      const eta = (await currentEtaMinutes(deps.db, ticket)) ?? 0;
      const agent = publicStaffName(staffOf(ctx)) ?? deps.texts.t(ticket.customer.languageCode, "support-name");
      await sendReply(ctx, deps, number, {
        text: renderMacro(body, { name: ticket.customer.firstName, id: String(ticket.number), eta: String(eta), agent }),
        macro: code,
      });
    } catch (err) {
      await explainFailure(ctx, err);
    }
  });
  return composer;
}
