import type { DbClient } from "../../db/index.js";
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
export async function ticketOfBotMessage(db: DbClient, chatId: bigint, telegramMessageId: number): Promise<number | null> {
  const rows = await db.outboxMessage.findMany({
    where: { chatId, telegramMessageId, ticketId: { not: null } },
    select: { ticketId: true },
    distinct: ["ticketId"],
    take: 2,
  });
  if (rows.length !== 1 || rows[0]!.ticketId === null) return null;
  return (await db.ticket.findUnique({ where: { id: rows[0]!.ticketId }, select: { number: true } }))?.number ?? null;
}

export function ticketWithCustomer(db: DbClient, number: number) {
  return db.ticket.findUnique({ where: { number }, include: { customer: true } });
}
