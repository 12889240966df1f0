import { describe, expect, it } from "vitest";
import { evaluateSla, markApplied, type SlaState } from "../../src/domain/sla/clock.js";

const T0 = new Date("2026-02-02T10:00:00Z");
const min = (m: number) => new Date(T0.getTime() + m * 60_000);
const timings = { warnBeforeMinutes: 5, unansweredAlertMinutes: 10 };
const base: SlaState = {
  status: "new",
  firstResponseDueAt: min(15),
  firstRespondedAt: null,
  resolutionDueAt: min(240),
  firstResponseWarnedAt: null,
  firstResponseBreachedAt: null,
  resolutionWarnedAt: null,
  resolutionBreachedAt: null,
  lastCustomerMessageAt: T0,
  lastStaffMessageAt: null,
  unansweredSince: null,
  unansweredStage: 0,
};

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

  it("does nothing for resolved and closed tickets", () => {
    expect(evaluateSla({ ...base, status: "resolved" }, timings, min(999))).toEqual({ due: [], nextCheckAt: null });
    expect(evaluateSla({ ...base, status: "closed" }, timings, min(999))).toEqual({ due: [], nextCheckAt: null });
  });
});
