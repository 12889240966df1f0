import type { Ticket } from "../../db/generated/client.js";
import type { TicketStatus } from "../../db/generated/enums.js";
import { OPEN_STATUSES } from "../tickets/statuses.js";

// The SLA clock of one ticket as a pure function: given its state and the time, which warnings,
// breaches and alerts are due now, and when it next needs looking at. The sweep applies the due
// events and stores the next check, so each happens exactly once.

export interface SlaState {
  status: TicketStatus;
  firstResponseDueAt: Date;
  firstRespondedAt: Date | null;
  resolutionDueAt: Date | null;
  firstResponseWarnedAt: Date | null;
  firstResponseBreachedAt: Date | null;
  resolutionWarnedAt: Date | null;
  resolutionBreachedAt: Date | null;
  lastCustomerMessageAt: Date | null;
  lastStaffMessageAt: Date | null;
  unansweredSince: Date | null;
  unansweredStage: number;
  /** When the ticket started waiting for the customer's clarification. */
  pausedAt: Date | null;
  clarificationRemindedAt: Date | null;
  resolvedAt: Date | null;
  followUpSentAt: Date | null;
}

export interface SlaTimings {
  warnBeforeMinutes: number;
  /** A customer message without a staff answer this long alerts the assignee; twice as long, the queue. */
  unansweredAlertMinutes: number;
  /** How long a customer has to answer a clarification request: then a reminder, and as long again, auto-close. */
  clarificationHours: number;
  /** After a resolution: "did it help?" after this long, and closing after as long again of silence. */
  followUpHours: number;
  followUpCloseHours: number;
}

export type SlaEvent =
  | "first-response-warning"
  | "first-response-breach"
  | "resolution-warning"
  | "resolution-breach"
  | "unanswered-assignee"
  | "unanswered-queue"
  | "clarification-reminder"
  | "clarification-timeout"
  | "follow-up"
  | "follow-up-close";

export interface SlaEvaluation {
  due: SlaEvent[];
  nextCheckAt: Date | null;
}

const MINUTE = 60_000;
const OPEN: readonly TicketStatus[] = OPEN_STATUSES;

export function evaluateSla(t: SlaState, timings: SlaTimings, now: Date): SlaEvaluation {
  if (t.status === "resolved" && t.resolvedAt) return followUp(t, timings, now);
  if (!OPEN.includes(t.status)) return { due: [], nextCheckAt: null };
  const due: SlaEvent[] = [];
  const later: number[] = [];
  const at = now.getTime();

  const deadline = (dueAt: Date, warned: Date | null, breached: Date | null, warning: SlaEvent, breach: SlaEvent) => {
    if (breached) return;
    const dueMs = dueAt.getTime();
    if (at >= dueMs) {
      due.push(breach); // a warning that comes too late is no warning: straight to the breach
      return;
    }
    const warnMs = dueMs - timings.warnBeforeMinutes * MINUTE;
    if (!warned) {
      if (at >= warnMs) due.push(warning);
      else later.push(warnMs);
    }
    later.push(dueMs);
  };

  if (!t.firstRespondedAt) {
    deadline(t.firstResponseDueAt, t.firstResponseWarnedAt, t.firstResponseBreachedAt, "first-response-warning", "first-response-breach");
  }
  // Waiting for the customer pauses the resolution clock.
  if (t.resolutionDueAt && t.status !== "waiting_customer") {
    deadline(t.resolutionDueAt, t.resolutionWarnedAt, t.resolutionBreachedAt, "resolution-warning", "resolution-breach");
  }

  // After the first answer, a customer message left without a staff answer: support keeps the last word.
  const last = t.lastCustomerMessageAt;
  if (t.firstRespondedAt && t.status !== "waiting_customer" && last && (!t.lastStaffMessageAt || t.lastStaffMessageAt < last)) {
    const stage = t.unansweredSince?.getTime() === last.getTime() ? t.unansweredStage : 0;
    if (stage < 2) {
      const alertAt = last.getTime() + (stage + 1) * timings.unansweredAlertMinutes * MINUTE;
      if (at >= alertAt) due.push(stage === 0 ? "unanswered-assignee" : "unanswered-queue");
      else later.push(alertAt);
    }
  }

  // Waiting for the customer: a reminder after the answer period, auto-close after another.
  if (t.status === "waiting_customer" && t.pausedAt) {
    const period = timings.clarificationHours * 60 * MINUTE;
    if (!t.clarificationRemindedAt) {
      const remindAt = t.pausedAt.getTime() + period;
      if (at >= remindAt) due.push("clarification-reminder");
      else later.push(remindAt);
    } else {
      const closeAt = t.clarificationRemindedAt.getTime() + period;
      if (at >= closeAt) due.push("clarification-timeout");
      else later.push(closeAt);
    }
  }

  return { due, nextCheckAt: later.length ? new Date(Math.min(...later)) : null };
}

/** A resolved ticket: ask whether the solution held, then close it if the customer stays silent. */
function followUp(t: SlaState, timings: SlaTimings, now: Date): SlaEvaluation {
  const hour = 60 * MINUTE;
  const at = t.followUpSentAt ? t.followUpSentAt.getTime() + timings.followUpCloseHours * hour : t.resolvedAt!.getTime() + timings.followUpHours * hour;
  if (now.getTime() >= at) return { due: [t.followUpSentAt ? "follow-up-close" : "follow-up"], nextCheckAt: null };
  return { due: [], nextCheckAt: new Date(at) };
}

/** Applies an event's bookkeeping to the state (what the sweep writes back to the ticket). */
export function markApplied(t: SlaState, event: SlaEvent, now: Date): SlaState {
  switch (event) {
    case "first-response-warning":
      return { ...t, firstResponseWarnedAt: now };
    case "first-response-breach":
      return { ...t, firstResponseBreachedAt: now };
    case "resolution-warning":
      return { ...t, resolutionWarnedAt: now };
    case "resolution-breach":
      return { ...t, resolutionBreachedAt: now };
    case "unanswered-assignee":
      return { ...t, unansweredSince: t.lastCustomerMessageAt, unansweredStage: 1 };
    case "unanswered-queue":
      return { ...t, unansweredSince: t.lastCustomerMessageAt, unansweredStage: 2 };
    case "clarification-reminder":
      return { ...t, clarificationRemindedAt: now };
    case "clarification-timeout":
    case "follow-up-close":
      return { ...t, status: "closed" };
    case "follow-up":
      return { ...t, followUpSentAt: now };
  }
}

/** When the sweep should next look at a ticket in this state (now, if something is due). */
export function nextSlaCheck(t: SlaState, timings: SlaTimings, now: Date): Date | null {
  const e = evaluateSla(t, timings, now);
  return e.due.length ? now : e.nextCheckAt;
}

/** The SLA-relevant part of a ticket row. */
export function slaStateOf(t: Ticket): SlaState {
  return {
    status: t.status,
    firstResponseDueAt: t.firstResponseDueAt,
    firstRespondedAt: t.firstRespondedAt,
    resolutionDueAt: t.resolutionDueAt,
    firstResponseWarnedAt: t.firstResponseWarnedAt,
    firstResponseBreachedAt: t.firstResponseBreachedAt,
    resolutionWarnedAt: t.resolutionWarnedAt,
    resolutionBreachedAt: t.resolutionBreachedAt,
    lastCustomerMessageAt: t.lastCustomerMessageAt,
    lastStaffMessageAt: t.lastStaffMessageAt,
    unansweredSince: t.unansweredSince,
    unansweredStage: t.unansweredStage,
    pausedAt: t.pausedAt,
    clarificationRemindedAt: t.clarificationRemindedAt,
    resolvedAt: t.resolvedAt,
    followUpSentAt: t.followUpSentAt,
  };
}

/** The clock of a ticket just opened: nothing answered, warned or breached yet. */
export function initialSlaState(deadlines: { firstResponseDueAt: Date; resolutionDueAt: Date | null }, openedAt: Date): SlaState {
  return {
    status: "new",
    firstResponseDueAt: deadlines.firstResponseDueAt,
    firstRespondedAt: null,
    resolutionDueAt: deadlines.resolutionDueAt,
    firstResponseWarnedAt: null,
    firstResponseBreachedAt: null,
    resolutionWarnedAt: null,
    resolutionBreachedAt: null,
    lastCustomerMessageAt: openedAt,
    lastStaffMessageAt: null,
    unansweredSince: null,
    unansweredStage: 0,
    pausedAt: null,
    clarificationRemindedAt: null,
    resolvedAt: null,
    followUpSentAt: null,
  };
}

/** A queue's warning lead time plus the desk-wide alert and clarification periods. */
export function slaTimings(
  queue: { warnBeforeMinutes: number },
  settings: { unansweredAlertMinutes: number; clarificationHours: number; followUpHours: number; followUpCloseHours: number },
): SlaTimings {
  return {
    warnBeforeMinutes: queue.warnBeforeMinutes,
    unansweredAlertMinutes: settings.unansweredAlertMinutes,
    clarificationHours: settings.clarificationHours,
    followUpHours: settings.followUpHours,
    followUpCloseHours: settings.followUpCloseHours,
  };
}

/**
 * The clock of a ticket that changes queue: the new queue's policy counted from `start` (the move,
 * or the queue's next opening): a fresh first-response deadline unless someone already answered,
 * a fresh resolution deadline, and warnings and breaches that may happen again.
 */
export function clockInNewQueue(
  t: SlaState,
  queue: { firstResponseMinutes: number; resolutionMinutes: number | null },
  start: Date,
  timings: SlaTimings,
  now: Date,
): { changes: Partial<SlaState>; nextSlaCheckAt: Date | null } {
  const changes: Partial<SlaState> = {
    ...(t.firstRespondedAt
      ? {}
      : { firstResponseDueAt: new Date(start.getTime() + queue.firstResponseMinutes * MINUTE), firstResponseWarnedAt: null, firstResponseBreachedAt: null }),
    resolutionDueAt: queue.resolutionMinutes === null ? null : new Date(start.getTime() + queue.resolutionMinutes * MINUTE),
    resolutionWarnedAt: null,
    resolutionBreachedAt: null,
  };
  return { changes, nextSlaCheckAt: nextSlaCheck({ ...t, ...changes }, timings, now) };
}
