import { arrayOf, date, int, nullable, num, objectOf, oneOf, rowReader, shaped, text, type RowOf } from "../../db/rows.js";
import { prepared, type Sql } from "../../db/sql.js";
import { NotFoundError } from "../shared/errors.js";
import { estimateFirstResponseMinutes } from "../sla/eta.js";
import { publicStaffName } from "../staff/names.js";
import type { TicketFilter } from "./tickets.js";
import { attachmentSchema, type Attachment } from "./types.js";
import { ACTIVE_STATUSES, DONE_STATUSES, OPEN_STATUSES_SQL as OPEN, TICKET_STATUSES as STATUSES } from "./statuses.js";

// The Mini App's pages that customers open most (their ticket list, one ticket, the poll for new
// messages), each as ONE SQL statement returning exactly what the page shows: the customer is
// found by the Telegram id their signed init data proves, so whose tickets these are is decided
// in the same query; the ETA of a ticket still waiting for its first answer is computed in it too
// (no query per row). A request costs one round trip and no Prisma query compilation, which on
// these paths was most of the CPU (bench/README.md, "API").
//
// What a customer sees of their tickets: never internal notes, held replies or staff accounts.

const AUTHORS = ["customer", "staff", "bot", "system"] as const;
const CUSTOMER_NOT_FOUND = "Customer profile";

const STATUSES_OF: Record<TicketFilter, string[] | null> = {
  open: [...ACTIVE_STATUSES],
  waiting: ["waiting_customer"],
  resolved: [...DONE_STATUSES],
  all: null,
};

/**
 * The inputs of `estimateFirstResponseMinutes` for ticket `t` (joined with its queue `q`), as
 * `currentEtaMinutes` in tickets.ts reads them; a lateral subquery that runs only for a ticket
 * still waiting for its first answer. tests/integration/customer-pages.test.ts holds the two to
 * the same answer.
 */
const ETA_INPUTS = `LEFT JOIN LATERAL (
  SELECT
    (SELECT count(*) FROM tickets o
      WHERE o.queue_id = t.queue_id AND o.status IN ${OPEN} AND o.first_responded_at IS NULL
        AND o.id <> t.id AND (o.queue_rank, o.created_at) < (t.queue_rank, t.created_at))::int AS ahead,
    (SELECT count(*) FROM staff_members s JOIN staff_queues sq ON sq.staff_id = s.id
      WHERE sq.queue_id = t.queue_id AND s.active AND s.on_duty)::int AS agents,
    q.first_response_minutes AS policy,
    (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_responded_at - created_at) / 60)
      FROM (SELECT first_responded_at, created_at FROM tickets
            WHERE queue_id = t.queue_id AND first_responded_at IS NOT NULL
            ORDER BY first_responded_at DESC LIMIT 50) recent) AS recent
  WHERE t.status IN ${OPEN} AND t.first_responded_at IS NULL
  OFFSET 0 -- kept a subquery, so that its WHERE gates the counting instead of filtering after it
) eta ON true`;

const etaColumns = { ahead: nullable(int), agents: nullable(int), policy: nullable(int), recent: nullable(num) };

function etaMinutesOf(row: { ahead: number | null; agents: number | null; policy: number | null; recent: number | null }): number | null {
  // No lateral row: the ticket is answered or closed, and nobody waits for an estimate.
  if (row.ahead === null) return null;
  return estimateFirstResponseMinutes({
    ahead: row.ahead,
    agentsOnDuty: row.agents ?? 0,
    recentFirstResponseMinutes: row.recent,
    policyFirstResponseMinutes: row.policy ?? 15,
  });
}

/** What the list and the ticket page show of a ticket. */
const SUMMARY_COLUMNS = `t.number, t.subject, t.topic, t.status::text AS status, t.priority::text AS priority, q.code AS queue,
  t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.first_response_due_at AS "firstResponseDueAt",
  t.resolution_due_at AS "resolutionDueAt"`;

const summaryColumns = {
  number: int,
  subject: text,
  topic: text,
  status: oneOf(STATUSES),
  priority: text,
  queue: text,
  createdAt: date,
  updatedAt: date,
  firstResponseDueAt: date,
  resolutionDueAt: nullable(date),
};

export interface CustomerTicketSummary {
  number: number;
  subject: string;
  topic: string;
  status: (typeof STATUSES)[number];
  priority: string;
  queue: { code: string };
  createdAt: Date;
  updatedAt: Date;
  firstResponseDueAt: Date;
  resolutionDueAt: Date | null;
  /** Minutes until a first answer as of now, while one is awaited. */
  etaMinutes: number | null;
}

type SummaryRow = RowOf<typeof summaryColumns> & RowOf<typeof etaColumns>;

function summaryOf(r: SummaryRow): CustomerTicketSummary {
  return {
    number: r.number,
    subject: r.subject,
    topic: r.topic,
    status: r.status,
    priority: r.priority,
    queue: { code: r.queue },
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    firstResponseDueAt: r.firstResponseDueAt,
    resolutionDueAt: r.resolutionDueAt,
    etaMinutes: etaMinutesOf(r),
  };
}

// One row per ticket; one row of NULL ticket columns when the customer has none, and no row at
// all when there is no such customer.
const LIST_SQL = `SELECT ${SUMMARY_COLUMNS},
  (SELECT count(*)::int FROM ticket_messages m
    WHERE m.ticket_id = t.id AND m.author = 'staff' AND NOT m.internal AND NOT m.held
      AND (t.customer_read_at IS NULL OR m.created_at > t.customer_read_at)) AS unread,
  eta.ahead, eta.agents, eta.policy, eta.recent
FROM customers c
LEFT JOIN LATERAL (
  SELECT t.id, t.number, t.subject, t.topic, t.status, t.priority, t.queue_id, t.queue_rank, t.created_at, t.updated_at,
    t.first_response_due_at, t.resolution_due_at, t.first_responded_at, t.customer_read_at
  FROM tickets t
  WHERE t.customer_id = c.id AND ($2::text[] IS NULL OR t.status::text = ANY($2::text[]))
  ORDER BY t.updated_at DESC, t.id DESC
  LIMIT $3
) t ON true
LEFT JOIN queues q ON q.id = t.queue_id
${ETA_INPUTS}
WHERE c.telegram_id = $1
ORDER BY t.updated_at DESC, t.id DESC`;

const readListRow = rowReader("customer ticket list", { ...summaryColumns, unread: int, ...etaColumns });

export type CustomerTicketListItem = CustomerTicketSummary & { unread: number };

/** The signed-in customer's tickets, newest activity first, with unread counts and live ETAs. */
export async function customerTicketList(sql: Sql, telegramId: number, filter: TicketFilter, take = 50): Promise<CustomerTicketListItem[]> {
  const { rows } = await sql.query<Record<string, unknown>>(prepared(sql, "customer-ticket-list", LIST_SQL, [telegramId, STATUSES_OF[filter], take]));
  if (!rows.length) throw new NotFoundError(CUSTOMER_NOT_FOUND);
  const out: CustomerTicketListItem[] = [];
  for (const row of rows) {
    if (row.number === null) continue; // the customer's row, without tickets
    const r = readListRow(row);
    out.push({ ...summaryOf(r), unread: r.unread });
  }
  return out;
}

export interface CustomerVisibleMessage {
  id: number;
  author: (typeof AUTHORS)[number];
  text: string;
  attachments: Attachment[];
  createdAt: Date;
  editedAt: Date | null;
  /** The agent's public first name; null for other authors and for agents without one. */
  staff: { displayName: string } | null;
}

/** What the page needs of a stored attachment (the rest of it is the file's Telegram id). */
const attachment = shaped(
  "an attachment",
  (v): v is Attachment =>
    typeof v === "object" && v !== null && typeof (v as Attachment).kind === "string" && ["string", "undefined"].includes(typeof (v as Attachment).fileName),
);

const messageColumns = {
  id: int,
  author: oneOf(AUTHORS),
  staffName: nullable(text),
  text: text,
  attachments: arrayOf(attachment),
  createdAt: date,
  editedAt: nullable(date),
};
const readMessage = objectOf("customer ticket message", messageColumns);

function visibleMessageOf(m: RowOf<typeof messageColumns>): CustomerVisibleMessage {
  // Customers see an agent's first name or nothing ("Support" in their language), never an account.
  const shown = m.staffName === null ? null : publicStaffName({ displayName: m.staffName });
  return {
    id: m.id,
    author: m.author,
    text: m.text,
    attachments: m.attachments,
    createdAt: m.createdAt,
    editedAt: m.editedAt,
    staff: shown === null ? null : { displayName: shown },
  };
}

/**
 * A ticket's conversation as the customer sees it, after a message id, in one statement with the
 * page's ticket columns (`page`, a CTE of at most one row whose `id` is the ticket's, NULL when the
 * customer has no such ticket); `markRead` says when the reading is written down (customer_read_at).
 */
function conversationSql(page: string, markRead: string): string {
  return `WITH page AS (${page}),
shown AS (
  SELECT m.id, m.author, m.text, m.attachments, m.created_at, m.edited_at, s.display_name
  FROM ticket_messages m LEFT JOIN staff_members s ON s.id = m.staff_id
  WHERE m.ticket_id = (SELECT id FROM page) AND NOT m.internal AND NOT m.held AND m.id > $3
),
seen AS (
  UPDATE tickets SET customer_read_at = $4::timestamp FROM page
  WHERE tickets.id = page.id AND EXISTS (SELECT 1 FROM shown WHERE ${markRead})
)
SELECT page.*,
  (SELECT coalesce(json_agg(json_build_object('id', id, 'author', author, 'staffName', display_name, 'text', text,
      'attachments', attachments, 'createdAt', created_at, 'editedAt', edited_at) ORDER BY created_at, id), '[]')
   FROM shown) AS messages
FROM page`;
}

// Reading the ticket page clears its unread mark, written only when it shows a support message
// newer than the last reading: most views are re-reads.
const TICKET_SQL = conversationSql(
  `SELECT t.id, t.customer_read_at, ${SUMMARY_COLUMNS}, t.summary, r.id AS "ratingId", r.csat, r.nps,
     eta.ahead, eta.agents, eta.policy, eta.recent
   FROM customers c
   LEFT JOIN (tickets t JOIN queues q ON q.id = t.queue_id) ON t.customer_id = c.id AND t.number = $2
   LEFT JOIN ratings r ON r.ticket_id = t.id
   ${ETA_INPUTS}
   WHERE c.telegram_id = $1`,
  `shown.author = 'staff' AND (page.customer_read_at IS NULL OR shown.created_at > page.customer_read_at)`,
);

const readTicketRow = rowReader("customer ticket page", {
  ...summaryColumns,
  ...etaColumns,
  summary: nullable(text),
  ratingId: nullable(int),
  csat: nullable(int),
  nps: nullable(int),
  messages: arrayOf(readMessage),
});

export interface CustomerTicketPage {
  ticket: CustomerTicketSummary & { summary: string | null };
  rating: { csat: number | null; nps: number | null } | null;
  messages: CustomerVisibleMessage[];
}

/** One of the signed-in customer's tickets with its conversation; reading it clears its unread mark. */
export async function customerTicketPage(sql: Sql, telegramId: number, number: number, now: Date): Promise<CustomerTicketPage> {
  const { rows } = await sql.query<Record<string, unknown>>(prepared(sql, "customer-ticket-page", TICKET_SQL, [telegramId, number, 0, now.toISOString()]));
  const row = rows[0];
  if (!row) throw new NotFoundError(CUSTOMER_NOT_FOUND);
  if (row.id === null) throw new NotFoundError("ticket", { number });
  const r = readTicketRow(row);
  return {
    ticket: { ...summaryOf(r), summary: r.summary },
    rating: r.ratingId === null ? null : { csat: r.csat, nps: r.nps },
    messages: r.messages.map(visibleMessageOf),
  };
}

// The Mini App polls a ticket it shows for messages after the last it has; any new one counts as read.
const MESSAGES_SQL = conversationSql(
  `SELECT t.id FROM customers c LEFT JOIN tickets t ON t.customer_id = c.id AND t.number = $2 WHERE c.telegram_id = $1`,
  `true`,
);

const readMessagesRow = rowReader("customer ticket messages", { messages: arrayOf(readMessage) });

/** New messages of the signed-in customer's ticket after a message id. */
export async function customerMessagesAfter(sql: Sql, telegramId: number, number: number, afterId: number, now: Date): Promise<CustomerVisibleMessage[]> {
  const { rows } = await sql.query<Record<string, unknown>>(
    prepared(sql, "customer-ticket-messages", MESSAGES_SQL, [telegramId, number, afterId, now.toISOString()]),
  );
  const row = rows[0];
  if (!row) throw new NotFoundError(CUSTOMER_NOT_FOUND);
  if (row.id === null) throw new NotFoundError("ticket", { number });
  return readMessagesRow(row).messages.map(visibleMessageOf);
}
