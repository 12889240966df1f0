import type { Ticket } from "../../db/generated/client.js";
import type { TicketStatus } from "../../db/generated/enums.js";

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
}

export interface SlaTimings {
  warnBeforeMinutes: number;
  /** A customer message without a staff answer this long alerts the assignee; twice as long, the queue. */
  unansweredAlertMinutes: number;
}

export type SlaEvent =
  | "first-response-warning"
  | "first-response-breach"
  | "resolution-warning"
  | "resolution-breach"
  | "unanswered-assignee"
  | "unanswered-queue";

export interface SlaEvaluation {
  due: SlaEvent[];
  nextCheckAt: Date | null;
}

const MINUTE = 60_000;
const OPEN: TicketStatus[] = ["new", "in_progress", "waiting_customer"];

export function evaluateSla(t: SlaState, timings: SlaTimings, now: Date): SlaEvaluation {
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

  return { due, nextCheckAt: later.length ? new Date(Math.min(...later)) : null };
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
  };
}
