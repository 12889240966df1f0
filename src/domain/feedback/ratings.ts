import type { DbClient } from "../../db/index.js";
import type { Ticket } from "../../db/generated/client.js";
import { ruleEnabled } from "../automation/rules.js";
import { ConflictError, NotFoundError, ValidationError } from "../shared/errors.js";
import { staffAlertTargets, uniqueRecipients } from "../staff/audience.js";
import type { TicketDeps } from "../tickets/tickets.js";
import { isOpenStatus } from "../tickets/statuses.js";
import { encode } from "../callback-data.js";
import type { NoticeButton } from "../notifications.js";

/** Whether this ticket falls in the NPS sample: stable per ticket, so a replay asks the same. */
export function inNpsSample(ticketNumber: number, percent: number): boolean {
  if (percent <= 0) return false;
  if (percent >= 100) return true;
  // Knuth's multiplicative hash spreads consecutive numbers evenly over 0..99.
  return (Math.imul(ticketNumber, 2654435761) >>> 0) % 100 < percent;
}

/** The 1-5 rating buttons: under the resolution notice, or under the follow-up (rating-timing experiment). */
export function csatButtons(ticketNumber: number): NoticeButton[] {
  return [1, 2, 3, 4, 5].map((n) => ({ kind: "callback" as const, label: `csat-${n}`, data: encode({ kind: "csat", ticket: ticketNumber, score: n }) }));
}

async function customerTicket(deps: TicketDeps, customerId: number, number: number) {
  const ticket = await deps.db.ticket.findFirst({ where: { number, customerId }, include: { customer: true } });
  if (!ticket) throw new NotFoundError("ticket", { number });
  return ticket;
}

export type CsatOutcome = "thanks" | "thanks-nps" | "supervisor";

/**
 * The customer's 1-5 rating of a resolved ticket, kept per ticket and agent. A rating of 1-2 puts
 * the ticket back in front of a supervisor (a handoff rule); otherwise a sample gets the NPS question.
 */
export async function rateTicket(deps: TicketDeps, customerId: number, number: number, csat: number): Promise<CsatOutcome> {
  if (!Number.isInteger(csat) || csat < 1 || csat > 5) throw new ValidationError("A rating is 1 to 5");
  const ticket = await customerTicket(deps, customerId, number);
  if (isOpenStatus(ticket.status)) throw new ConflictError("not-resolved", `Ticket #${number} is not resolved yet`);
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    await recordScore(tx, ticket, customerId, { csat }, now);
    if (csat <= 2 && (await ruleEnabled(tx, "low-rating-handoff"))) {
      await reopenForSupervisor(deps, tx, ticket, now, csat);
      await deps.notifier.send(
        tx,
        ticket.customer,
        { key: "rating-low-reply", vars: { number: String(number) } },
        { ticketId: ticket.id, kind: "customer-notice" },
      );
      return "supervisor";
    }
    const askNps = (await ruleEnabled(tx, "nps-sample")) && inNpsSample(ticket.number, deps.settings.npsSamplePercent);
    await deps.notifier.send(
      tx,
      ticket.customer,
      {
        key: askNps ? "rating-thanks-nps" : "rating-thanks",
        vars: { number: String(number) },
        ...(askNps
          ? {
              buttons: [
                [0, 1, 2, 3, 4, 5].map((n) => ({ kind: "callback" as const, label: `nps-${n}`, data: encode({ kind: "nps", ticket: number, score: n }) })),
                [6, 7, 8, 9, 10].map((n) => ({ kind: "callback" as const, label: `nps-${n}`, data: encode({ kind: "nps", ticket: number, score: n }) })),
              ],
            }
          : {}),
      },
      { ticketId: ticket.id, kind: "customer-notice" },
    );
    return askNps ? "thanks-nps" : "thanks";
  });
}

export async function recordNps(deps: TicketDeps, customerId: number, number: number, nps: number): Promise<void> {
  if (!Number.isInteger(nps) || nps < 0 || nps > 10) throw new ValidationError("The score is 0 to 10");
  const ticket = await customerTicket(deps, customerId, number);
  const now = deps.clock.now();
  await deps.db.$transaction(async (tx) => {
    await recordScore(tx, ticket, customerId, { nps }, now);
    await deps.notifier.send(tx, ticket.customer, { key: "nps-thanks" }, { ticketId: ticket.id, kind: "customer-notice" });
  });
}

/** Keeps a CSAT or NPS score on the ticket's rating (one per ticket, credited to its agent) and in its history. */
async function recordScore(tx: DbClient, ticket: Ticket, customerId: number, score: { csat: number } | { nps: number }, now: Date) {
  await tx.rating.upsert({
    where: { ticketId: ticket.id },
    create: { ticketId: ticket.id, staffId: ticket.assigneeId, customerId, ...score, createdAt: now },
    update: score,
  });
  const type = "csat" in score ? "rated" : "nps";
  await tx.ticketEvent.create({ data: { ticketId: ticket.id, type, actorType: "customer", actorId: customerId, data: score, createdAt: now } });
}

/** A reopened ticket runs on a fresh resolution clock from its queue's policy. */
async function freshResolutionClock(tx: DbClient, ticket: Ticket, now: Date) {
  const queue = await tx.queue.findUniqueOrThrow({ where: { id: ticket.queueId } });
  return {
    resolutionDueAt: queue.resolutionMinutes === null ? null : new Date(now.getTime() + queue.resolutionMinutes * 60_000),
    resolutionWarnedAt: null,
    resolutionBreachedAt: null,
    followUpSentAt: null,
    nextSlaCheckAt: now,
  };
}

async function reopenForSupervisor(deps: TicketDeps, tx: DbClient, ticket: Ticket, now: Date, csat: number) {
  await tx.ticket.update({
    where: { id: ticket.id },
    data: {
      status: "in_progress",
      resolvedAt: null,
      closedAt: null,
      priority: "high",
      queueRank: Math.min(ticket.queueRank, 2),
      lastCustomerMessageAt: now,
      ...(await freshResolutionClock(tx, ticket, now)),
    },
  });
  await tx.ticketEvent.create({ data: { ticketId: ticket.id, type: "reopened", actorType: "system", data: { reason: "low-rating", csat }, createdAt: now } });
  const to = uniqueRecipients(await staffAlertTargets(tx, deps.settings));
  for (const r of to) {
    await deps.notifier.send(tx, r, { key: "staff-low-rating", vars: { number: String(ticket.number), csat } }, { ticketId: ticket.id });
  }
}

/** The answer to "did the solution help?": yes closes the ticket; no reopens it to the same agent. */
export async function answerFollowUp(deps: TicketDeps, customerId: number, number: number, helped: boolean): Promise<void> {
  const ticket = await customerTicket(deps, customerId, number);
  if (ticket.status !== "resolved") throw new ConflictError("not-resolved", `Ticket #${number} is ${ticket.status}`);
  const now = deps.clock.now();
  await deps.db.$transaction(async (tx) => {
    if (helped) {
      await tx.ticket.update({ where: { id: ticket.id }, data: { status: "closed", closedAt: now, nextSlaCheckAt: null } });
      await tx.ticketEvent.create({
        data: { ticketId: ticket.id, type: "closed", actorType: "customer", actorId: customerId, data: { via: "follow-up" }, createdAt: now },
      });
      await deps.notifier.send(
        tx,
        ticket.customer,
        { key: "follow-up-glad", vars: { number: String(number) } },
        { ticketId: ticket.id, kind: "customer-notice" },
      );
      return;
    }
    await tx.ticket.update({
      where: { id: ticket.id },
      data: { status: "in_progress", resolvedAt: null, lastCustomerMessageAt: now, ...(await freshResolutionClock(tx, ticket, now)) },
    });
    await tx.ticketEvent.create({
      data: { ticketId: ticket.id, type: "reopened", actorType: "customer", actorId: customerId, data: { reason: "follow-up: did not help" }, createdAt: now },
    });
    await tx.ticketMessage.create({
      data: { ticketId: ticket.id, author: "system", text: "Follow-up: the customer says the solution did not help.", internal: true, createdAt: now },
    });
    await deps.notifier.send(
      tx,
      ticket.customer,
      { key: "follow-up-reopened", vars: { number: String(number) } },
      { ticketId: ticket.id, kind: "customer-notice" },
    );
    if (ticket.assigneeId !== null) {
      const agent = await tx.staffMember.findUnique({ where: { id: ticket.assigneeId } });
      if (agent?.active)
        await deps.notifier.send(tx, agent, { key: "staff-follow-up-reopened", vars: { number: String(number) } }, { ticketId: ticket.id, kind: "agent-copy" });
    }
  });
}
