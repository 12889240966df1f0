import type { Customer } from "../../db/generated/client.js";
import type { MessageContent } from "../shared/message-content.js";
import { readRows, type DbClient } from "../../db/index.js";
import { bigint, date, int, nullable, objectOf, rowReader, shaped } from "../../db/rows.js";
import { appendCustomerMessage } from "../tickets/tickets.js";
import { DONE_STATUSES_SQL, OPEN_STATUSES_SQL } from "../tickets/statuses.js";
import type { IntakeEvent, IntakeState } from "./flow.js";
import { applyToSession, isIdle, type IntakeDeps, type IntakeOutcome, type IntakeSession } from "./session.js";

// What a customer's message is, decided in one place: the intake under way takes it; otherwise it
// joins their open ticket; otherwise the intake starts with it as the problem (asking first
// whether it is about a ticket resolved within the reopen window). The session row is read once.

export interface CustomerWritesDeps extends IntakeDeps {
  /** A ticket resolved this recently may be what a new message is about. */
  reopenWindowHours: number;
}

export interface CustomerMessage {
  content: MessageContent;
  messageId: number;
  mediaGroupId?: string;
}

export interface CustomerWritesInput {
  customer: Customer;
  chatId: bigint;
  updateId: number;
  message: CustomerMessage;
}

/** A text for the customer, as an i18n key and its variables. */
export interface Reply {
  key: string;
  vars?: Record<string, string>;
}

export type CustomerWritesResult =
  /** The intake took it; its replies are already in the outbox, with its state. */
  | { kind: "intake"; outcome: IntakeOutcome }
  /** Added to the open ticket; `say` (one message, possibly nothing) is for the door to send. */
  | { kind: "appended"; ticketNumber: number; say: Reply[] }
  /** A sticker, an emoji or an empty message on an open ticket: said kindly, the ticket stays as it is. */
  | { kind: "not-appended"; ticketNumber: number; say: Reply[] };

export async function customerWrites(deps: CustomerWritesDeps, input: CustomerWritesInput): Promise<CustomerWritesResult> {
  const { customer, message } = input;
  const { content } = message;
  const windowStart = new Date(deps.clock.now().getTime() - deps.reopenWindowHours * 3_600_000);
  const { session, open, resolved } = await whereCustomerIs(deps.db, customer.id, windowStart);
  const intake = { customer, chatId: input.chatId, updateId: input.updateId, event: intakeEvent(message) };
  if (session && !isIdle(deps, session)) return { kind: "intake", outcome: await applyToSession(deps, intake, session) };

  if (open && content.kind === "content") {
    const telegram = { chatId: input.chatId, messageId: message.messageId, ...(message.mediaGroupId ? { mediaGroupId: message.mediaGroupId } : {}) };
    const r = await appendCustomerMessage(deps, { ticketId: open.id, text: content.text, attachments: content.attachments, telegram });
    const say: Reply[] = [];
    // Every message of a burst does not need its own "added"; the domain says when it is worth it.
    if (r.worthTelling) say.push({ key: "ticket-appended", vars: { number: String(open.number) } });
    if (content.long) say.push({ key: "text-too-long" });
    return { kind: "appended", ticketNumber: open.number, say };
  }
  if (open) {
    const key = content.kind === "unsupported" ? "unsupported-media" : content.kind === "empty" ? "empty-message" : "emoji-only";
    return { kind: "not-appended", ticketNumber: open.number, say: [{ key }] };
  }
  const outcome = await applyToSession(
    deps,
    {
      ...intake,
      resolved: resolved ? { id: resolved.id, number: resolved.number } : null,
      // Said before the intake's first question, in the same transaction: never twice, never after it.
      ...(content.kind === "content" && content.long ? { notes: ["text-too-long"] } : {}),
    },
    session,
  );
  return { kind: "intake", outcome };
}

const ticketRef = nullable(objectOf("ticket", { id: int, number: int }));
const readWhereCustomerIs = rowReader("where the customer is", {
  chat_id: nullable(bigint),
  state: nullable(shaped("an object", (v): v is object => typeof v === "object" && v !== null)),
  last_update_id: nullable(bigint),
  updated_at: nullable(date),
  open: ticketRef,
  resolved: ticketRef,
});
type TicketRef = { id: number; number: number };

const WHERE_CUSTOMER_IS_SQL = `
  SELECT s.chat_id, s.state, s.last_update_id, s.updated_at,
    (SELECT json_build_object('id', t.id, 'number', t.number) FROM tickets t
      WHERE t.customer_id = $1 AND t.status IN ${OPEN_STATUSES_SQL} ORDER BY t.created_at DESC LIMIT 1) AS open,
    (SELECT json_build_object('id', t.id, 'number', t.number) FROM tickets t
      WHERE t.customer_id = $1 AND t.status IN ${DONE_STATUSES_SQL} AND t.resolved_at >= ($2::timestamptz AT TIME ZONE 'UTC')
      ORDER BY t.created_at DESC LIMIT 1) AS resolved
  FROM (SELECT 1) one LEFT JOIN intake_sessions s ON s.customer_id = $1::int`;

/**
 * What decides where a message goes, in one round trip: the customer's intake session, their
 * newest open ticket, else their newest ticket resolved since `resolvedSince`.
 */
async function whereCustomerIs(
  db: DbClient,
  customerId: number,
  resolvedSince: Date,
): Promise<{ session: IntakeSession | null; open: TicketRef | null; resolved: TicketRef | null }> {
  const [raw] = await readRows(db, WHERE_CUSTOMER_IS_SQL, [customerId, resolvedSince.toISOString()]);
  const row = readWhereCustomerIs(raw);
  const session =
    row.chat_id !== null && row.last_update_id !== null && row.updated_at !== null
      ? { chatId: row.chat_id, state: row.state as IntakeState, lastUpdateId: row.last_update_id, updatedAt: row.updated_at }
      : null;
  return { session, open: row.open, resolved: row.open ? null : row.resolved };
}

/** A customer's message as an intake event. */
export function intakeEvent(message: CustomerMessage): IntakeEvent {
  const { content } = message;
  if (content.kind === "content") {
    return {
      kind: "message",
      text: content.text,
      attachments: content.attachments,
      messageId: message.messageId,
      ...(message.mediaGroupId ? { mediaGroupId: message.mediaGroupId } : {}),
    };
  }
  return { kind: "unusable", why: content.kind === "emoji-only" ? "emoji" : content.kind };
}
