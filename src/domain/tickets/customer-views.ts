import { publicStaffName } from "../staff/names.js";
import type { DbClient } from "../../db/index.js";
import { camelRow, type Sql } from "../../db/sql.js";
import type { Ticket, TicketMessage } from "../../db/generated/client.js";
import { NotFoundError } from "../shared/errors.js";
import { currentEtaMinutes, getCustomerTicket, ticketWait, type TicketDeps, type TicketFilter } from "./tickets.js";
import { OPEN_STATUSES, type Attachment } from "./types.js";

// What a customer sees of their tickets: never internal notes, held replies or staff accounts.

const VISIBLE = { internal: false, held: false } as const;

export interface CustomerTicketSummary {
  ticket: Ticket & { queue: { code: string } };
  etaMinutes: number | null;
  unread: number;
}

/**
 * The customer's tickets with unread counts in one query (the Mini App's home page is the most
 * requested view); the live ETA is computed only for tickets still waiting for a first answer.
 */
export async function customerTicketSummaries(db: DbClient, sql: Sql, customerId: number, filter: TicketFilter, take = 50): Promise<CustomerTicketSummary[]> {
  const status =
    filter === "open" ? ["new", "in_progress"] : filter === "waiting" ? ["waiting_customer"] : filter === "resolved" ? ["resolved", "closed"] : null;
  const { rows } = await sql.query(
    `SELECT t.*, q.code AS queue_code,
       (SELECT count(*)::int FROM ticket_messages m
         WHERE m.ticket_id = t.id AND m.author = 'staff' AND NOT m.internal AND NOT m.held
           AND (t.customer_read_at IS NULL OR m.created_at > t.customer_read_at)) AS unread
     FROM tickets t JOIN queues q ON q.id = t.queue_id
     WHERE t.customer_id = $1 AND ($2::text[] IS NULL OR t.status::text = ANY($2::text[]))
     ORDER BY t.updated_at DESC
     LIMIT $3`,
    [customerId, status, take],
  );
  return Promise.all(
    rows.map(async (row: Record<string, unknown>) => {
      const { queueCode, unread, ...rest } = camelRow<Ticket & { queueCode: string; unread: number }>(row);
      const ticket = { ...(rest as Ticket), queue: { code: queueCode } };
      const waiting = (OPEN_STATUSES as readonly string[]).includes(ticket.status) && !ticket.firstRespondedAt;
      return { ticket, etaMinutes: waiting ? await currentEtaMinutes(db, ticket) : null, unread };
    }),
  );
}

type VisibleMessage = TicketMessage & { staff: { displayName: string } | null };

/**
 * One of the customer's own tickets with its conversation; reading it clears its unread mark.
 * Plain SQL: this is the Mini App's most requested page after the list.
 */
export async function customerTicketDetail(db: DbClient, sql: Sql, customerId: number, number: number, now: Date) {
  const found = await sql.query(
    `SELECT t.*, q.code AS queue_code, r.csat AS rating_csat, r.nps AS rating_nps, r.id AS rating_id
     FROM tickets t JOIN queues q ON q.id = t.queue_id LEFT JOIN ratings r ON r.ticket_id = t.id
     WHERE t.number = $1 AND t.customer_id = $2`,
    [number, customerId],
  );
  if (!found.rows[0]) throw new NotFoundError("ticket", { number });
  const { queueCode, ratingCsat, ratingNps, ratingId, ...rest } = camelRow<
    Ticket & { queueCode: string; ratingCsat: number | null; ratingNps: number | null; ratingId: number | null }
  >(found.rows[0]);
  const ticket = { ...(rest as Ticket), queue: { code: queueCode } };
  const [messages, etaMinutes] = await Promise.all([
    visibleMessagesSql(sql, ticket.id, 0),
    (OPEN_STATUSES as readonly string[]).includes(ticket.status) && !ticket.firstRespondedAt ? currentEtaMinutes(db, ticket) : Promise.resolve(null),
  ]);
  // Only a read that sees something new is written down: most views are re-reads.
  const lastStaff = messages.filter((m) => m.author === "staff").at(-1)?.createdAt;
  if (lastStaff && (!ticket.customerReadAt || ticket.customerReadAt < lastStaff)) {
    await sql.query(`UPDATE tickets SET customer_read_at = $2 WHERE id = $1`, [ticket.id, now.toISOString()]);
  }
  const rating = ratingId === null ? null : { csat: ratingCsat, nps: ratingNps };
  return { ticket, messages, rating, etaMinutes };
}

async function visibleMessagesSql(sql: Sql, ticketId: number, afterId: number): Promise<VisibleMessage[]> {
  const { rows } = await sql.query(
    `SELECT m.*, s.display_name AS staff_name FROM ticket_messages m LEFT JOIN staff_members s ON s.id = m.staff_id
     WHERE m.ticket_id = $1 AND NOT m.internal AND NOT m.held AND m.id > $2
     ORDER BY m.created_at, m.id`,
    [ticketId, afterId],
  );
  return rows.map((row: Record<string, unknown>) => {
    const { staffName, ...m } = camelRow<TicketMessage & { staffName: string | null }>(row);
    // Customers see an agent's first name or nothing ("Support" in their language), never an account.
    const shown = publicStaffName(staffName === null ? null : { displayName: staffName });
    return { ...(m as TicketMessage), staff: shown === null ? null : { displayName: shown } };
  });
}

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

/** New messages of the customer's own ticket after a message id (the Mini App polls this). */
export async function customerMessagesAfter(sql: Sql, customerId: number, number: number, afterId: number, now: Date) {
  const found = await sql.query<{ id: number }>(`SELECT id FROM tickets WHERE number = $1 AND customer_id = $2`, [number, customerId]);
  const ticket = found.rows[0];
  if (!ticket) throw new NotFoundError("ticket", { number });
  const messages = await visibleMessagesSql(sql, ticket.id, afterId);
  if (messages.length) await sql.query(`UPDATE tickets SET customer_read_at = $2 WHERE id = $1`, [ticket.id, now.toISOString()]);
  return messages;
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
