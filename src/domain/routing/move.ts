import type { DbClient } from "../../db/index.js";
import type { Queue, Ticket } from "../../db/generated/client.js";
import { ruleEnabled } from "../automation/rules.js";
import type { Notifier } from "../notifications.js";
import { clockInNewQueue, slaStateOf, slaTimings } from "../sla/clock.js";
import { staffAlertTargets, uniqueRecipients } from "../staff/audience.js";
import { briefAgent } from "../tickets/briefing.js";
import type { DeskSettings } from "../tickets/tickets.js";
import { autoAssign } from "./assignment.js";
import { slaStartFor } from "./working-hours.js";
import { encode } from "../callback-data.js";

// Every way a ticket changes queue (a first-response breach, /escalate, /transfer to a queue, an
// admin's move-queue rule, a customer made VIP) goes through moveTicketToQueue: the new queue's
// SLA policy applies from the move, the history keeps where it came from, the new queue's agents
// (or its new assignee) get the whole conversation, and the customer is told.

export interface MoveDeps {
  notifier: Notifier;
  settings: DeskSettings;
}

export type MoveKind = "escalate" | "transfer" | "sla-breach" | "rule" | "vip";

export interface MoveInput {
  to: Queue;
  kind: MoveKind;
  reason: string;
  actor: { type: "staff" | "system"; id: number | null };
  now: Date;
  /**
   * False while the ticket is being opened: its own assignment, announcement and receipt follow,
   * so nobody is told twice.
   */
  announce?: boolean;
}

export async function moveTicketToQueue(deps: MoveDeps, tx: DbClient, ticketId: number, input: MoveInput): Promise<Ticket> {
  const { to, now } = input;
  const ticket = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, include: { queue: true, customer: true } });
  if (ticket.queueId === to.id) return ticket;
  const from = ticket.queue;

  // The new queue's policy, counted from the move (or from its next opening, outside its working hours).
  const start = slaStartFor(to, now, deps.settings.deskTimeZone ?? "UTC");
  const clock = clockInNewQueue(slaStateOf(ticket), to, start, slaTimings(to, deps.settings), now);
  const moved = await tx.ticket.update({
    where: { id: ticket.id },
    data: { ...clock.changes, queueId: to.id, assigneeId: null, nextSlaCheckAt: clock.nextSlaCheckAt },
  });
  await tx.ticketEvent.create({
    data: {
      ticketId: ticket.id,
      type: "escalated",
      actorType: input.actor.type,
      actorId: input.actor.id,
      data: { from: from.code, to: to.code, reason: input.reason, kind: input.kind, previousAssigneeId: ticket.assigneeId },
      createdAt: now,
    },
  });
  if (input.announce === false) return moved;

  if (input.kind === "escalate" || input.kind === "sla-breach") {
    for (const r of uniqueRecipients(await staffAlertTargets(tx, deps.settings))) {
      await deps.notifier.send(tx, r, { key: "staff-escalated", vars: { number: String(ticket.number), from: from.code, to: to.code } }, ticket.id);
    }
  }
  // The agent who held it hears where it went (unless they moved it themselves).
  if (ticket.assigneeId !== null && !(input.actor.type === "staff" && input.actor.id === ticket.assigneeId)) {
    const previous = await tx.staffMember.findUnique({ where: { id: ticket.assigneeId } });
    if (previous?.active) {
      await deps.notifier.send(
        tx,
        previous,
        { key: "staff-ticket-moved-away", vars: { number: String(ticket.number), queue: to.code } },
        { ticketId: ticket.id, kind: "staff-notice" },
      );
    }
  }

  const assignment = await autoAssign(tx, moved, now, deps.settings);
  const current = await tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { queue: true, customer: true } });
  const extra = { from: from.code, reason: input.reason || "—" };
  if (assignment.kind !== "waiting") {
    const agent = await tx.staffMember.findUniqueOrThrow({ where: { id: assignment.staffId } });
    await briefAgent(deps, tx, current, agent, "staff-ticket-moved-assigned", extra);
  } else {
    const agents = await tx.staffMember.findMany({
      where: { active: true, onDuty: true, queues: { some: { queueId: current.queueId } } },
      orderBy: { id: "asc" },
    });
    for (const agent of agents) {
      await briefAgent(deps, tx, current, agent, "staff-ticket-moved-card", extra, [
        [{ kind: "callback", label: "btn-take", data: encode({ kind: "take", ticket: ticket.number }) }],
      ]);
    }
  }

  // PRODUCT.md: every status change is told to the customer.
  if (!ticket.customer.unreachableAt && (await ruleEnabled(tx, "status-notifications"))) {
    await deps.notifier.send(
      tx,
      ticket.customer,
      { key: "ticket-moved", vars: { number: String(ticket.number) }, automated: true },
      { ticketId: ticket.id, kind: "customer-notice" },
    );
  }
  return current;
}
