import { describe, expect, it } from "vitest";
import { evaluateSla, initialSlaState, markApplied, type SlaState } from "../../src/domain/sla/clock.js";

const T0 = new Date("2026-02-02T10:00:00Z");
const min = (m: number) => new Date(T0.getTime() + m * 60_000);
const timings = { warnBeforeMinutes: 5, unansweredAlertMinutes: 10, clarificationHours: 24, followUpHours: 48, followUpCloseHours: 24 };
// A ticket opened at T0 in a queue with a 15-minute first answer and a 4-hour resolution.
const base: SlaState = initialSlaState({ firstResponseDueAt: min(15), resolutionDueAt: min(240) }, T0);

describe("evaluateSla", () => {
  it("schedules the first-response warning before anything else", () => {
    expect(evaluateSla(base, timings, T0)).toEqual({ due: [], nextCheckAt: min(10) });
  });

  it("warns once, then breaches once", () => {
    let s = base;
    let e = evaluateSla(s, timings, min(11));
    expect(e.due).toEqual(["first-response-warning"]);
    s = markApplied(s, "first-response-warning", min(11));
    e = evaluateSla(s, timings, min(11));
    expect(e).toEqual({ due: [], nextCheckAt: min(15) });
    e = evaluateSla(s, timings, min(16));
    expect(e.due).toEqual(["first-response-breach"]);
    s = markApplied(s, "first-response-breach", min(16));
    expect(evaluateSla(s, timings, min(16))).toEqual({ due: [], nextCheckAt: min(235) });
  });

  it("skips a warning that would come after the deadline", () => {
    expect(evaluateSla(base, timings, min(20)).due).toEqual(["first-response-breach"]);
  });

  it("stops the first-response clock once answered", () => {
    const answered = { ...base, firstRespondedAt: min(3), lastStaffMessageAt: min(3), status: "in_progress" as const };
    expect(evaluateSla(answered, timings, min(20))).toEqual({ due: [], nextCheckAt: min(235) });
  });

  it("pauses the resolution clock while waiting for the customer", () => {
    const waiting = { ...base, status: "waiting_customer" as const, firstRespondedAt: min(3), lastStaffMessageAt: min(3) };
    expect(evaluateSla(waiting, timings, min(300))).toEqual({ due: [], nextCheckAt: null });
  });

  it("reminds a customer who does not answer a clarification, then closes the ticket", () => {
    const day = 24 * 60;
    let s: SlaState = { ...base, status: "waiting_customer", firstRespondedAt: min(3), lastStaffMessageAt: min(60), pausedAt: min(60) };
    expect(evaluateSla(s, timings, min(61)).nextCheckAt).toEqual(min(60 + day));
    expect(evaluateSla(s, timings, min(60 + day)).due).toEqual(["clarification-reminder"]);
    s = markApplied(s, "clarification-reminder", min(60 + day));
    expect(evaluateSla(s, timings, min(61 + day)).nextCheckAt).toEqual(min(60 + 2 * day));
    expect(evaluateSla(s, timings, min(60 + 2 * day)).due).toEqual(["clarification-timeout"]);
    s = markApplied(s, "clarification-timeout", min(60 + 2 * day));
    expect(evaluateSla(s, timings, min(60 + 2 * day))).toEqual({ due: [], nextCheckAt: null });
  });

  it("alerts about an unanswered customer message: the assignee first, then the queue", () => {
    let s: SlaState = { ...base, status: "in_progress", firstRespondedAt: min(2), lastStaffMessageAt: min(2), lastCustomerMessageAt: min(30) };
    expect(evaluateSla(s, timings, min(31)).nextCheckAt).toEqual(min(40));
    expect(evaluateSla(s, timings, min(41)).due).toEqual(["unanswered-assignee"]);
    s = markApplied(s, "unanswered-assignee", min(41));
    expect(evaluateSla(s, timings, min(41)).nextCheckAt).toEqual(min(50));
    expect(evaluateSla(s, timings, min(51)).due).toEqual(["unanswered-queue"]);
    s = markApplied(s, "unanswered-queue", min(51));
    expect(evaluateSla(s, timings, min(60)).due).toEqual([]);
    // A new message from the customer starts over.
    s = { ...s, lastCustomerMessageAt: min(70) };
    expect(evaluateSla(s, timings, min(81)).due).toEqual(["unanswered-assignee"]);
  });

  it("follows up on a resolved ticket, then closes it after silence", () => {
    const hour = 60;
    let s: SlaState = { ...base, status: "resolved", firstRespondedAt: min(3), resolvedAt: min(100) };
    expect(evaluateSla(s, timings, min(101))).toEqual({ due: [], nextCheckAt: min(100 + 48 * hour) });
    expect(evaluateSla(s, timings, min(100 + 48 * hour)).due).toEqual(["follow-up"]);
    s = markApplied(s, "follow-up", min(100 + 48 * hour));
    expect(evaluateSla(s, timings, min(101 + 48 * hour)).nextCheckAt).toEqual(min(100 + 72 * hour));
    expect(evaluateSla(s, timings, min(100 + 72 * hour)).due).toEqual(["follow-up-close"]);
    s = markApplied(s, "follow-up-close", min(100 + 72 * hour));
    expect(evaluateSla(s, timings, min(100 + 72 * hour))).toEqual({ due: [], nextCheckAt: null });
  });

  it("does nothing for closed tickets", () => {
    expect(evaluateSla({ ...base, status: "closed" }, timings, min(999))).toEqual({ due: [], nextCheckAt: null });
  });
});
