import { publicStaffName } from "../staff/names.js";
import type { DbClient } from "../../db/index.js";
import { camelRow, type Sql } from "../../db/sql.js";
import type { Ticket, TicketMessage } from "../../db/generated/client.js";
import { NotFoundError } from "../shared/errors.js";
import { currentEtaMinutes, getCustomerTicket, ticketWait, type TicketDeps, type TicketFilter } from "./tickets.js";
import { OPEN_STATUSES, type Attachment } from "./types.js";

// What a customer sees of their tickets: never internal notes, held replies or staff accounts.

const VISIBLE = { internal: false, held: false } as const;

type VisibleMessage = TicketMessage & { staff: { displayName: string } | null };

// The list, the ticket page and the poll for new messages are in customer-pages.ts (one query each).

export async function visibleMessages(db: DbClient, ticketId: number, afterId: number): Promise<VisibleMessage[]> {
  const rows = await db.ticketMessage.findMany({
    where: { ticketId, ...VISIBLE, id: { gt: afterId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { staff: { select: { displayName: true } } },
  });
  return rows.map((m) => {
    const shown = publicStaffName(m.staff);
    return { ...m, staff: shown === null ? null : { displayName: shown } };
  });
}

/** A file of the customer's own ticket, by message and position. */
export async function customerAttachment(db: DbClient, customerId: number, messageId: number, index: number): Promise<Attachment> {
  const message = await db.ticketMessage.findFirst({ where: { id: messageId, ...VISIBLE, ticket: { customerId } } });
  const file = (message?.attachments as Attachment[] | undefined)?.[index];
  if (!file) throw new NotFoundError("file", { messageId, index });
  return file;
}

export interface TicketStatusCard {
  number: number;
  status: Ticket["status"];
  topic: string;
  openedAt: Date;
  /** Minutes until a first answer while the ticket waits for one; null once answered or closed. */
  etaMinutes: number | null;
  answered: boolean;
  /** The customer's place in line, while nobody holds the ticket. */
  place: number | null;
  /** When the queue opens again, if it is closed now. */
  opensAt: Date | null;
}

/** What `/status` shows: one use case, so the bot holds no rule about waiting or answering. */
export async function ticketStatusCard(deps: TicketDeps, customerId: number, number: number): Promise<TicketStatusCard> {
  const tk = await getCustomerTicket(deps.db, customerId, number);
  const open = (OPEN_STATUSES as readonly string[]).includes(tk.status);
  const wait = open && !tk.firstRespondedAt ? await ticketWait(deps.db, tk, deps.clock.now(), deps.settings) : null;
  return {
    number: tk.number,
    status: tk.status,
    topic: tk.topic,
    openedAt: tk.createdAt,
    etaMinutes: wait ? wait.etaMinutes : null,
    answered: tk.firstRespondedAt !== null,
    place: wait?.place ?? null,
    opensAt: wait?.opensAt ?? null,
  };
}

/** One of the customer's own tickets by its number, or null: whose ticket it is, decided here. */
export function findOwnTicket(db: DbClient, customerId: number, number: number) {
  return db.ticket.findFirst({ where: { number, customerId } });
}

/** A queue's code, for a ticket view. */
export function queueCodeOf(db: DbClient, queueId: number) {
  return db.queue.findUniqueOrThrow({ where: { id: queueId }, select: { code: true } });
}
