import type { Db, DbClient } from "../../db/index.js";
import type { Queue, Ticket } from "../../db/generated/client.js";
import type { Notice, NoticeButton, Notifier, Recipient } from "../notifications.js";
import { moveTicketToQueue } from "../routing/move.js";
import type { Clock } from "../shared/clock.js";
import { staffAlertTargets, ticketAudience, onDutyAgents, uniqueRecipients } from "../staff/audience.js";
import type { DeskSettings } from "../tickets/tickets.js";
import { ruleEnabled } from "../automation/rules.js";
import { evaluateSla, markApplied, slaStateOf, slaTimings, type SlaEvent, type SlaTimings } from "./clock.js";
import { encode } from "../callback-data.js";
import { flowValue, type FlowChoices } from "../experiments/flow-choices.js";
import { csatButtons } from "../feedback/ratings.js";

export interface SlaDeps {
  db: Db;
  clock: Clock;
  notifier: Notifier;
  settings: DeskSettings;
  /** The running flow-choice experiments; without them, today's flows. */
  experimentTexts?: FlowChoices;
}

export interface SweepResult {
  tickets: number;
  events: number;
}

const MINUTE = 60_000;

/**
 * Finds the tickets whose SLA check is due and applies what is due: warnings, breaches,
 * escalations and "unanswered" alerts, each recorded in the ticket's history. Idempotent and
 * safe to run from several instances at once (rows are claimed with SKIP LOCKED and every event
 * is marked on the ticket in the same transaction as its notifications).
 */
export async function runSlaSweep(deps: SlaDeps, batchSize = 200): Promise<SweepResult> {
  const total: SweepResult = { tickets: 0, events: 0 };
  for (;;) {
    const now = deps.clock.now();
    const batch = await deps.db.$transaction(async (tx) => {
      const due = await findDueTickets(tx, now, batchSize);
      let events = 0;
      for (const { id } of due) events += await processTicket(deps, tx, id, now);
      return { tickets: due.length, events };
    });
    total.tickets += batch.tickets;
    total.events += batch.events;
    if (batch.tickets < batchSize) return total;
  }
}

export function findDueTickets(db: DbClient, now: Date, limit: number) {
  return db.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM tickets
    WHERE next_sla_check_at IS NOT NULL AND next_sla_check_at <= ${now}
    ORDER BY next_sla_check_at
    LIMIT ${limit}
    FOR UPDATE SKIP LOCKED`;
}

async function processTicket(deps: SlaDeps, tx: DbClient, ticketId: number, now: Date): Promise<number> {
  const loaded = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, include: { queue: true } });
  let ticket: Ticket = loaded;
  let queue: Queue = loaded.queue;
  let state = slaStateOf(ticket);
  let applied = 0;
  const timings = (): SlaTimings => slaTimings(queue, deps.settings);

  // A few rounds at most: an event can make the next one due at once (two alert stages overdue).
  for (let round = 0; round < 6; round++) {
    const { due } = evaluateSla(state, timings(), now);
    if (!due.length) break;
    for (const event of due) {
      state = markApplied(state, event, now);
      applied++;
      await tx.ticketEvent.create({
        data: { ticketId, type: `sla-${event}`, actorType: "system", data: { queue: queue.code }, createdAt: now },
      });
      const moved = await announce(deps, tx, ticket, queue, event, now);
      if (moved) {
        ticket = moved.ticket;
        queue = moved.queue;
        state = slaStateOf(ticket);
      }
    }
  }

  await tx.ticket.update({
    where: { id: ticketId },
    data: {
      firstResponseWarnedAt: state.firstResponseWarnedAt,
      firstResponseBreachedAt: state.firstResponseBreachedAt,
      resolutionWarnedAt: state.resolutionWarnedAt,
      resolutionBreachedAt: state.resolutionBreachedAt,
      unansweredSince: state.unansweredSince,
      unansweredStage: state.unansweredStage,
      clarificationRemindedAt: state.clarificationRemindedAt,
      followUpSentAt: state.followUpSentAt,
      ...(state.status === "closed" && ticket.status !== "closed" ? { status: "closed" as const, closedAt: now, pausedAt: null } : {}),
      nextSlaCheckAt: evaluateSla(state, timings(), now).nextCheckAt,
    },
  });
  return applied;
}

async function send(deps: SlaDeps, tx: DbClient, to: Recipient[], notice: Notice, ticketId: number) {
  for (const r of uniqueRecipients(to)) await deps.notifier.send(tx, r, notice, ticketId);
}

/** Tells the right people; a first-response breach also escalates. Returns the ticket if it moved. */
async function announce(
  deps: SlaDeps,
  tx: DbClient,
  ticket: Ticket,
  queue: Queue,
  event: SlaEvent,
  now: Date,
): Promise<{ ticket: Ticket; queue: Queue } | null> {
  const vars = { number: String(ticket.number), queue: queue.code };
  const minutesLeft = (dueAt: Date | null) => String(Math.max(1, Math.round(((dueAt?.getTime() ?? now.getTime()) - now.getTime()) / MINUTE)));
  switch (event) {
    case "first-response-warning":
      await send(
        deps,
        tx,
        await ticketAudience(tx, ticket, deps.settings),
        { key: "staff-sla-warning-first", vars: { ...vars, minutes: minutesLeft(ticket.firstResponseDueAt) } },
        ticket.id,
      );
      return null;
    case "resolution-warning":
      await send(
        deps,
        tx,
        await ticketAudience(tx, ticket, deps.settings),
        { key: "staff-sla-warning-resolution", vars: { ...vars, minutes: minutesLeft(ticket.resolutionDueAt) } },
        ticket.id,
      );
      return null;
    case "resolution-breach":
      await send(
        deps,
        tx,
        [...(await staffAlertTargets(tx, deps.settings)), ...(await ticketAudience(tx, ticket, deps.settings))],
        { key: "staff-sla-breach-resolution", vars },
        ticket.id,
      );
      return null;
    case "unanswered-assignee":
      await send(
        deps,
        tx,
        await ticketAudience(tx, ticket, deps.settings),
        { key: "staff-unanswered", vars: { ...vars, minutes: String(deps.settings.unansweredAlertMinutes) } },
        ticket.id,
      );
      return null;
    case "unanswered-queue": {
      const agents = await onDutyAgents(tx, ticket.queueId);
      const to = agents.length ? agents : await staffAlertTargets(tx, deps.settings);
      await send(deps, tx, to, { key: "staff-unanswered", vars: { ...vars, minutes: String(2 * deps.settings.unansweredAlertMinutes) } }, ticket.id);
      return null;
    }
    case "clarification-reminder":
    case "clarification-timeout": {
      const customer = await tx.customer.findUniqueOrThrow({ where: { id: ticket.customerId } });
      if (customer.unreachableAt) return null;
      await deps.notifier.send(
        tx,
        customer,
        // The reminder is automated: it waits for the end of the customer's quiet hours.
        {
          key: event === "clarification-reminder" ? "clarification-reminder" : "clarification-closed",
          vars: { number: String(ticket.number), hours: deps.settings.clarificationHours },
          automated: event === "clarification-reminder",
        },
        { ticketId: ticket.id, kind: "customer-notice" },
      );
      return null;
    }
    case "follow-up": {
      const customer = await tx.customer.findUniqueOrThrow({ where: { id: ticket.customerId } });
      const followUp = await ruleEnabled(tx, "follow-up");
      const rating = await ratingDueNow(deps, tx, ticket, customer);
      if (!followUp && !rating) return null;
      const followUpButtons: NoticeButton[] = [
        { kind: "callback", label: "follow-up-yes", data: encode({ kind: "follow-up", ticket: ticket.number, solved: true }) },
        { kind: "callback", label: "follow-up-no", data: encode({ kind: "follow-up", ticket: ticket.number, solved: false }) },
      ];
      // With both, one message: the follow-up question first, then the rating request.
      await deps.notifier.send(
        tx,
        customer,
        {
          key: rating ? "rating-ask-later" : "follow-up-ask",
          ...(rating && followUp ? { preface: "follow-up-ask" } : {}),
          vars: { number: String(ticket.number) },
          automated: true,
          buttons: [...(followUp ? [followUpButtons] : []), ...(rating ? [csatButtons(ticket.number)] : [])],
        },
        { ticketId: ticket.id, kind: "customer-notice" },
      );
      return null;
    }
    case "follow-up-close":
      return null;
    case "first-response-breach": {
      const waited = String(Math.round((now.getTime() - ticket.createdAt.getTime()) / MINUTE));
      const target = queue.escalateToCode ? await tx.queue.findFirst({ where: { code: queue.escalateToCode, active: true } }) : null;
      await send(deps, tx, await staffAlertTargets(tx, deps.settings), { key: "staff-sla-breach-first", vars: { ...vars, minutes: waited } }, ticket.id);
      if (!target) return null;
      const moved = await moveTicketToQueue(deps, tx, ticket.id, {
        to: target,
        kind: "sla-breach",
        reason: "first-response-breach",
        actor: { type: "system", id: null },
        now,
      });
      return { ticket: moved, queue: target };
    }
  }
}

/**
 * Whether the rating is asked at the follow-up rather than with the resolution: the customer is in
 * the "next-day" variant of a rating-timing experiment (or it was shipped), rating requests are on,
 * and they have not rated the ticket some other way (the Mini App) meanwhile.
 */
async function ratingDueNow(deps: SlaDeps, tx: DbClient, ticket: Ticket, customer: { telegramId: bigint; unreachableAt: Date | null }): Promise<boolean> {
  if (customer.unreachableAt) return false;
  if (flowValue(deps.experimentTexts, customer.telegramId, "rating-timing") !== "next-day") return false;
  if (!(await ruleEnabled(tx, "csat-request"))) return false;
  const rated = await tx.rating.findUnique({ where: { ticketId: ticket.id }, select: { csat: true } });
  return rated?.csat == null;
}
