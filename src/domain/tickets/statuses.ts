// The one definition of what a ticket's status means to the rest of the desk. Everything that
// asks "is it open?", in TypeScript or in SQL, in the server or the Mini App, reads it here.

export const TICKET_STATUSES = ["new", "in_progress", "waiting_customer", "resolved", "closed"] as const;
export type TicketStatusName = (typeof TICKET_STATUSES)[number];

/** Someone still owes the customer something: the SLA clock runs, the customer can write. */
export const OPEN_STATUSES = ["new", "in_progress", "waiting_customer"] as const satisfies readonly TicketStatusName[];
/** Open and not waiting for the customer: work for the team ("Open" in the Mini App's filter). */
export const ACTIVE_STATUSES = ["new", "in_progress"] as const satisfies readonly TicketStatusName[];
/** Done: the customer may still rate it, and writing again reopens it. */
export const DONE_STATUSES = ["resolved", "closed"] as const satisfies readonly TicketStatusName[];

export function isOpenStatus(status: string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

const sqlList = (statuses: readonly string[]) => `(${statuses.map((s) => `'${s}'`).join(", ")})`;
/** `status IN ${OPEN_STATUSES_SQL}` in hand-written SQL (a constant: nothing from outside goes in). */
export const OPEN_STATUSES_SQL = sqlList(OPEN_STATUSES);
export const ACTIVE_STATUSES_SQL = sqlList(ACTIVE_STATUSES);
export const DONE_STATUSES_SQL = sqlList(DONE_STATUSES);
