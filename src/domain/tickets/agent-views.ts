import type { DbClient } from "../../db/index.js";
import type { Notifier } from "../notifications.js";
import { ACTIVE_STATUSES, OPEN_STATUSES } from "./statuses.js";

/** Unassigned work in the agent's queues, in the order it should be taken. */
export async function listQueueForStaff(db: DbClient, staffId: number, take = 15) {
  const queues = await db.staffQueue.findMany({ where: { staffId }, select: { queueId: true } });
  return db.ticket.findMany({
    where: { queueId: { in: queues.map((q) => q.queueId) }, assigneeId: null, status: { in: [...ACTIVE_STATUSES] } },
    orderBy: [{ queueRank: "asc" }, { createdAt: "asc" }, { topicRank: "asc" }],
    take,
    include: { queue: { select: { code: true } } },
  });
}

export function listMine(db: DbClient, staffId: number) {
  return db.ticket.findMany({
    where: { assigneeId: staffId, status: { in: [...OPEN_STATUSES] } },
    orderBy: [{ queueRank: "asc" }, { createdAt: "asc" }],
    take: 30,
  });
}

/**
 * The ticket a message the bot sent to a staff chat belongs to (a card, a customer's message).
 * Null when it belongs to none, or to several: customer messages of different tickets that
 * reached a busy agent in one message (the agent then names the ticket: /r 10001 text).
 */
export async function ticketOfBotMessage(deps: ViewDeps, chatId: bigint, telegramMessageId: number): Promise<number | null> {
  const numbers = await ticketsOfBotMessage(deps, chatId, telegramMessageId);
  return numbers.length === 1 ? numbers[0]! : null;
}

/** Every ticket a message the bot sent to a staff chat speaks of, by number. */
export async function ticketsOfBotMessage(deps: ViewDeps, chatId: bigint, telegramMessageId: number): Promise<number[]> {
  const rows = await deps.notifier.deliveries(deps.db, { chatId, telegramMessageId });
  const ids = [...new Set(rows.flatMap((r) => (r.ticketId === null ? [] : [r.ticketId])))];
  if (!ids.length) return [];
  const tickets = await deps.db.ticket.findMany({ where: { id: { in: ids } }, select: { number: true }, orderBy: { number: "asc" } });
  return tickets.map((t) => t.number);
}

interface ViewDeps {
  db: DbClient;
  notifier: Pick<Notifier, "deliveries">;
}

export function ticketWithCustomer(db: DbClient, number: number) {
  return db.ticket.findUnique({ where: { number }, include: { customer: true } });
}
