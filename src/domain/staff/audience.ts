import type { DbClient } from "../../db/index.js";
import type { Recipient } from "../notifications.js";

export interface AlertSettings {
  /** The staff alert chat (a group); without it, supervisors and admins are told directly. */
  staffAlertChatId?: bigint;
  defaultLanguage: string;
}

export async function onDutyAgents(db: DbClient, queueId: number): Promise<Recipient[]> {
  const staff = await db.staffMember.findMany({
    where: { active: true, onDuty: true, queues: { some: { queueId } } },
    select: { telegramId: true, languageCode: true },
    orderBy: { id: "asc" },
  });
  return staff;
}

export async function staffAlertTargets(db: DbClient, settings: AlertSettings): Promise<Recipient[]> {
  if (settings.staffAlertChatId !== undefined) return [{ telegramId: settings.staffAlertChatId, languageCode: settings.defaultLanguage }];
  return db.staffMember.findMany({
    where: { active: true, role: { in: ["supervisor", "admin"] } },
    select: { telegramId: true, languageCode: true },
    orderBy: { id: "asc" },
  });
}

/** Who hears about a ticket: its assignee, else the agents on duty in its queue, else the alert chat. */
export async function ticketAudience(db: DbClient, ticket: { assigneeId: number | null; queueId: number }, settings: AlertSettings): Promise<Recipient[]> {
  if (ticket.assigneeId !== null) {
    const a = await db.staffMember.findUnique({ where: { id: ticket.assigneeId }, select: { telegramId: true, languageCode: true, active: true } });
    if (a?.active) return [a];
  }
  const agents = await onDutyAgents(db, ticket.queueId);
  return agents.length ? agents : staffAlertTargets(db, settings);
}

export function uniqueRecipients(list: Recipient[]): Recipient[] {
  const seen = new Set<bigint>();
  return list.filter((r) => (seen.has(r.telegramId) ? false : (seen.add(r.telegramId), true)));
}
