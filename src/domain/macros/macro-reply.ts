import type { DbClient } from "../../db/index.js";
import type { StaffMember } from "../../db/generated/client.js";
import { publicStaffName } from "../staff/names.js";
import { ticketWithCustomer } from "../tickets/agent-views.js";
import { currentEtaMinutes } from "../tickets/tickets.js";
import { macroText, renderMacro } from "./macros.js";

/**
 * A macro's words as this ticket's customer will read them: in their language, with their name,
 * the ticket's number and current ETA, and the agent as customers see them (a first name, or
 * "Support" in the customer's language: `supportName`). Null when there is no such ticket.
 */
export async function macroReplyText(
  db: DbClient,
  code: string,
  number: number,
  agent: Pick<StaffMember, "displayName">,
  supportName: (lang: string) => string,
): Promise<string | null> {
  const ticket = await ticketWithCustomer(db, number);
  if (!ticket) return null;
  const lang = ticket.customer.languageCode;
  const body = await macroText(db, code, lang);
  const eta = (await currentEtaMinutes(db, ticket)) ?? 0;
  return renderMacro(body, {
    name: ticket.customer.firstName,
    id: String(ticket.number),
    eta: String(eta),
    agent: publicStaffName(agent) ?? supportName(lang),
  });
}
