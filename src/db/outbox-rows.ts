import { Prisma } from "./generated/client.js";

// The one statement that writes messages to the outbox, for the notifier and for a use case that
// writes its messages in the same statement as the change they tell of (a new ticket and its
// receipt: one round trip, atomic by itself, no transaction around it).

/** The delivery worker listens on this channel; a NOTIFY on it, heard at commit, wakes it. */
export const OUTBOX_CHANNEL = "outbox";

/** A message as its outbox row is written (see OutboxMessage in the schema). */
export interface OutboxRow {
  chatId: bigint;
  method: string;
  payload: Record<string, unknown>;
  critical: boolean;
  /** Null with `ticketFrom` below: the ticket is the one the same statement writes. */
  ticketId: number | null;
  kind: string | null;
  sourceMessageId: number | null;
  failureNotifyChatId: bigint | null;
  notBefore: Date;
}

/**
 * `INSERT INTO outbox_messages ... RETURNING 1` for `rows`, in their order, to put in a WITH
 * clause. With `ticketFrom`, the name of an earlier WITH item that returns one ticket row, the
 * rows belong to that ticket (and none is written when it returns no row).
 */
export function outboxInsert(rows: readonly OutboxRow[], ticketFrom?: string): Prisma.Sql {
  const values = rows.map(
    (r, i) =>
      Prisma.sql`(${i}::int, ${r.chatId}::bigint, ${r.method}::text, ${JSON.stringify(r.payload)}::jsonb, ${r.critical}::boolean, ${r.ticketId}::int,
        ${r.kind}::text, ${r.sourceMessageId}::int, ${r.failureNotifyChatId}::bigint, (${r.notBefore.toISOString()}::timestamptz AT TIME ZONE 'UTC'))`,
  );
  return Prisma.sql`
    INSERT INTO outbox_messages (chat_id, method, payload, critical, ticket_id, kind, source_message_id, failure_notify_chat_id, not_before, created_at)
    SELECT v.chat_id, v.method, v.payload, v.critical, ${ticketFrom ? Prisma.raw(`${ticketFrom}.id`) : Prisma.sql`v.ticket_id`}, v.kind,
      v.source_message_id, v.failure_notify_chat_id, v.not_before, now() AT TIME ZONE 'UTC'
    FROM (VALUES ${Prisma.join(values)}) AS v(ord, chat_id, method, payload, critical, ticket_id, kind, source_message_id, failure_notify_chat_id, not_before)
    ${ticketFrom ? Prisma.raw(`CROSS JOIN ${ticketFrom}`) : Prisma.empty}
    ORDER BY v.ord
    RETURNING 1`;
}

/**
 * Wakes the delivery worker once the statement's transaction commits, when `written` (a WITH item
 * of outboxInsert) wrote a row: an expression worth 1 then, else 0 (an int, as pg_notify's void
 * is more than Prisma's raw API can read).
 */
export function outboxWake(written: string): Prisma.Sql {
  return Prisma.sql`(SELECT count(*)::int FROM (SELECT pg_notify(${OUTBOX_CHANNEL}, '') FROM ${Prisma.raw(written)} LIMIT 1) woken)`;
}
