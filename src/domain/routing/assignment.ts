import type { Db, DbClient } from "../../db/index.js";
import type { Queue, Ticket } from "../../db/generated/client.js";
import type { Clock } from "../shared/clock.js";
import { ConflictError, NotFoundError } from "../shared/errors.js";
import { clockInNewQueue, slaStateOf, slaTimings } from "../sla/clock.js";
import { slaStartFor } from "./working-hours.js";
import { Prisma } from "../../db/index.js";
import { ACTIVE_STATUSES_SQL, isOpenStatus, OPEN_STATUSES_SQL } from "../tickets/statuses.js";

/** What restarting a ticket's SLA clock in another queue needs from the desk's settings. */
export type QueueClockSettings = Parameters<typeof slaTimings>[1] & { deskTimeZone?: string };

// Assignment as a chain of small steps: who can take work (on duty, in the queue, under their
// limit), whom this customer had last time, who is least loaded. Two agents never hold one
// ticket: every take is a conditional update on an unassigned row.

export interface Candidate {
  staffId: number;
  load: number;
  limit: number;
}

/** The returning customer's previous agent when they have room, else the least-loaded one. */
export function chooseAssignee(candidates: Candidate[], previousAgentId: number | null): number | null {
  const withRoom = candidates.filter((c) => c.load < c.limit);
  if (!withRoom.length) return null;
  if (previousAgentId !== null && withRoom.some((c) => c.staffId === previousAgentId)) return previousAgentId;
  withRoom.sort((a, b) => a.load - b.load || a.load / a.limit - b.load / b.limit || a.staffId - b.staffId);
  return withRoom[0]!.staffId;
}

export async function queueCandidates(db: DbClient, queueId: number): Promise<Candidate[]> {
  const rows = await db.$queryRaw<Array<{ id: number; max_concurrent: number; load: number }>>`
    SELECT s.id, s.max_concurrent,
      (SELECT count(*) FROM tickets t WHERE t.assignee_id = s.id AND t.status IN ${Prisma.raw(OPEN_STATUSES_SQL)})::int AS load
    FROM staff_members s JOIN staff_queues sq ON sq.staff_id = s.id
    WHERE sq.queue_id = ${queueId} AND s.active AND s.on_duty`;
  return rows.map((r) => ({ staffId: r.id, load: r.load, limit: r.max_concurrent }));
}

async function previousAgent(db: DbClient, customerId: number, ticketId: number): Promise<number | null> {
  const prev = await db.ticket.findFirst({
    where: { customerId, assigneeId: { not: null }, id: { not: ticketId } },
    orderBy: { createdAt: "desc" },
    select: { assigneeId: true },
  });
  return prev?.assigneeId ?? null;
}

/** Locks the agent's row and checks their limit again, so two assignments cannot both squeeze in. */
async function hasRoom(tx: DbClient, staffId: number): Promise<boolean> {
  const [row] = await tx.$queryRaw<Array<{ room: boolean }>>`
    SELECT (SELECT count(*) FROM tickets t WHERE t.assignee_id = s.id AND t.status IN ${Prisma.raw(OPEN_STATUSES_SQL)}) < s.max_concurrent AS room
    FROM staff_members s WHERE s.id = ${staffId} AND s.active FOR UPDATE`;
  return Boolean(row?.room);
}

export type AutoAssignment =
  | { kind: "assigned"; staffId: number; queueId: number }
  | { kind: "overflowed"; staffId: number; queueId: number }
  | {
      kind: "waiting";
      /** People on duty in the ticket's queue (all full): none means nobody is there to tell. */
      onDuty: number;
    };

/**
 * Gives a new ticket to an agent of its queue; when all are full or away, to an agent of the
 * overflow queue (moving the ticket there); otherwise it waits in its queue for the next free agent.
 * Runs inside the caller's transaction.
 */
export async function autoAssign(
  tx: DbClient,
  ticket: Pick<Ticket, "id" | "customerId" | "queueId">,
  now: Date,
  /** With the desk's settings an overflow move also restarts the SLA clock in the overflow queue. */
  settings?: QueueClockSettings,
  /**
   * Who could take it, as read just before the transaction (a new ticket's opening reads them with
   * its wait). A hint only: a take still locks the agent and checks their room again.
   */
  known?: { candidates: Candidate[]; overflow: Queue | null; overflowCandidates: Candidate[] },
): Promise<AutoAssignment> {
  // Cheapest question first: who is on duty here with room? The customer's history only matters then.
  const candidates = known?.candidates ?? (await queueCandidates(tx, ticket.queueId));
  let previous: number | null | undefined;
  const previousOnce = async () => (previous === undefined ? (previous = await previousAgent(tx, ticket.customerId, ticket.id)) : previous);
  const own = candidates.some((c) => c.load < c.limit) ? chooseAssignee(candidates, await previousOnce()) : null;
  if (own !== null && (await hasRoom(tx, own))) {
    await assign(tx, ticket.id, own, ticket.queueId, now, "assigned");
    return { kind: "assigned", staffId: own, queueId: ticket.queueId };
  }
  const overflow = known ? known.overflow : await tx.queue.findFirst({ where: { isOverflow: true, active: true, id: { not: ticket.queueId } } });
  if (overflow) {
    const overflowCandidates = known?.overflowCandidates ?? (await queueCandidates(tx, overflow.id));
    // The customer's history only matters when someone there has room.
    const other = overflowCandidates.some((c) => c.load < c.limit) ? chooseAssignee(overflowCandidates, await previousOnce()) : null;
    if (other !== null && (await hasRoom(tx, other))) {
      await assign(tx, ticket.id, other, overflow.id, now, "overflowed");
      // A move to another queue like any other: its SLA policy applies from now.
      if (settings) {
        const moved = await tx.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
        const start = slaStartFor(overflow, now, settings.deskTimeZone ?? "UTC");
        const clock = clockInNewQueue(slaStateOf(moved), overflow, start, slaTimings(overflow, settings), now);
        await tx.ticket.update({ where: { id: ticket.id }, data: { ...clock.changes, nextSlaCheckAt: clock.nextSlaCheckAt } });
      }
      return { kind: "overflowed", staffId: other, queueId: overflow.id };
    }
  }
  return { kind: "waiting", onDuty: candidates.length };
}

async function assign(tx: DbClient, ticketId: number, staffId: number, queueId: number, now: Date, type: "assigned" | "overflowed") {
  const before = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { queueId: true } });
  await tx.ticket.update({ where: { id: ticketId }, data: { assigneeId: staffId, queueId } });
  await tx.ticketEvent.create({
    data: { ticketId, type, actorType: "system", data: { staffId, fromQueueId: before.queueId, queueId }, createdAt: now },
  });
}

export interface TakeDeps {
  db: Db;
  clock: Clock;
}

/** An agent takes a ticket; fails clearly if someone else holds it or the agent is at their limit. */
export async function takeTicket(deps: TakeDeps, staffId: number, ticketNumber: number): Promise<Ticket> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUnique({ where: { number: ticketNumber }, include: { assignee: true } });
    if (!ticket) throw new NotFoundError("ticket", { number: ticketNumber });
    if (ticket.assigneeId === staffId) return ticket;
    if (!isOpenStatus(ticket.status)) {
      throw new ConflictError("ticket-closed", `Ticket #${ticketNumber} is ${ticket.status}`);
    }
    if (ticket.assigneeId !== null) {
      throw new ConflictError("already-taken", `Ticket #${ticketNumber} is already taken by ${ticket.assignee?.displayName ?? "another agent"}`);
    }
    if (!(await hasRoom(tx, staffId))) throw new ConflictError("at-limit", "You are at your limit of concurrent tickets");
    const taken = await tx.ticket.updateMany({
      where: { id: ticket.id, assigneeId: null },
      data: { assigneeId: staffId, ...(ticket.status === "new" ? { status: "in_progress" as const } : {}) },
    });
    if (taken.count === 0) throw new ConflictError("already-taken", `Ticket #${ticketNumber} was just taken by another agent`);
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, type: "taken", actorType: "staff", actorId: staffId, data: {}, createdAt: now } });
    return tx.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
  });
}

/** The best unassigned ticket across the agent's queues: one index probe per queue. */
export async function nextTicketFor(db: DbClient, staffId: number): Promise<{ id: number; number: number } | null> {
  const rows = await db.$queryRaw<Array<{ id: number; number: number }>>`
    SELECT t.id, t.number
    FROM staff_queues sq
    CROSS JOIN LATERAL (
      SELECT id, number, queue_rank, created_at, topic_rank FROM tickets
      WHERE queue_id = sq.queue_id AND assignee_id IS NULL AND status IN ${Prisma.raw(ACTIVE_STATUSES_SQL)}
      ORDER BY queue_rank, created_at
      LIMIT 1
    ) t
    WHERE sq.staff_id = ${staffId}
    ORDER BY t.queue_rank, t.created_at, t.topic_rank, t.id
    LIMIT 1`;
  return rows[0] ?? null;
}

/** Takes the next ticket for the agent; another agent taking it first just moves on to the next. */
export async function takeNextTicket(deps: TakeDeps, staffId: number): Promise<Ticket | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const next = await nextTicketFor(deps.db, staffId);
    if (!next) return null;
    try {
      return await takeTicket(deps, staffId, next.number);
    } catch (err) {
      if (err instanceof ConflictError && err.code === "already-taken") continue;
      throw err;
    }
  }
  return null;
}
