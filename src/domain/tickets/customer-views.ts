import type { DbClient } from "../../db/index.js";
import type { Ticket } from "../../db/generated/client.js";
import { NotFoundError } from "../shared/errors.js";
import { currentEtaMinutes, type TicketFilter } from "./tickets.js";
import { OPEN_STATUSES, type Attachment } from "./types.js";

// What a customer sees of their tickets: never internal notes, held replies or staff accounts.

const VISIBLE = { internal: false, held: false } as const;

export interface CustomerTicketSummary {
  ticket: Ticket & { queue: { code: string } };
  etaMinutes: number | null;
  unread: number;
}

export async function customerTicketSummaries(db: DbClient, customerId: number, filter: TicketFilter, take = 50): Promise<CustomerTicketSummary[]> {
  const status =
    filter === "open" ? ["new", "in_progress"] : filter === "waiting" ? ["waiting_customer"] : filter === "resolved" ? ["resolved", "closed"] : undefined;
  const tickets = await db.ticket.findMany({
    where: { customerId, ...(status ? { status: { in: status as Ticket["status"][] } } : {}) },
    orderBy: { updatedAt: "desc" },
    take,
    include: { queue: { select: { code: true } } },
  });
  return Promise.all(
    tickets.map(async (ticket) => ({
      ticket,
      etaMinutes: (OPEN_STATUSES as readonly string[]).includes(ticket.status) ? await currentEtaMinutes(db, ticket) : null,
      unread: await db.ticketMessage.count({
        where: { ticketId: ticket.id, author: "staff", ...VISIBLE, ...(ticket.customerReadAt ? { createdAt: { gt: ticket.customerReadAt } } : {}) },
      }),
    })),
  );
}

/** One of the customer's own tickets with its conversation; reading it clears its unread mark. */
export async function customerTicketDetail(db: DbClient, customerId: number, number: number, now: Date) {
  const ticket = await db.ticket.findFirst({ where: { number, customerId }, include: { queue: { select: { code: true } } } });
  if (!ticket) throw new NotFoundError("ticket", { number });
  const [messages, rating, etaMinutes] = await Promise.all([
    visibleMessages(db, ticket.id, 0),
    db.rating.findUnique({ where: { ticketId: ticket.id } }),
    (OPEN_STATUSES as readonly string[]).includes(ticket.status) ? currentEtaMinutes(db, ticket) : Promise.resolve(null),
  ]);
  await db.ticket.update({ where: { id: ticket.id }, data: { customerReadAt: now } });
  return { ticket, messages, rating, etaMinutes };
}

export async function visibleMessages(db: DbClient, ticketId: number, afterId: number) {
  return db.ticketMessage.findMany({
    where: { ticketId, ...VISIBLE, id: { gt: afterId } },
    orderBy: { id: "asc" },
    include: { staff: { select: { displayName: true } } },
  });
}

/** New messages of the customer's own ticket after a message id (the Mini App polls this). */
export async function customerMessagesAfter(db: DbClient, customerId: number, number: number, afterId: number, now: Date) {
  const ticket = await db.ticket.findFirst({ where: { number, customerId }, select: { id: true } });
  if (!ticket) throw new NotFoundError("ticket", { number });
  const messages = await visibleMessages(db, ticket.id, afterId);
  if (messages.length) await db.ticket.update({ where: { id: ticket.id }, data: { customerReadAt: now } });
  return messages;
}

/** A file of the customer's own ticket, by message and position. */
export async function customerAttachment(db: DbClient, customerId: number, messageId: number, index: number): Promise<Attachment> {
  const message = await db.ticketMessage.findFirst({ where: { id: messageId, ...VISIBLE, ticket: { customerId } } });
  const file = (message?.attachments as Attachment[] | undefined)?.[index];
  if (!file) throw new NotFoundError("file", { messageId, index });
  return file;
}
