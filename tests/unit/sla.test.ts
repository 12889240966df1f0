import { describe, expect, it } from "vitest";
import { deadlinesFor } from "../../src/domain/sla/deadlines.js";
import { estimateFirstResponseMinutes } from "../../src/domain/sla/eta.js";

describe("deadlinesFor", () => {
  const at = new Date("2026-03-01T10:00:00Z");
  it("adds the policy's minutes", () => {
    expect(deadlinesFor({ firstResponseMinutes: 15, resolutionMinutes: 240 }, at)).toEqual({
      firstResponseDueAt: new Date("2026-03-01T10:15:00Z"),
      resolutionDueAt: new Date("2026-03-01T14:00:00Z"),
    });
  });
  it("has no resolution deadline when the policy has none", () => {
    expect(deadlinesFor({ firstResponseMinutes: 5, resolutionMinutes: null }, at).resolutionDueAt).toBeNull();
  });
});

describe("estimateFirstResponseMinutes", () => {
  it("falls back to the policy target without history", () => {
    expect(estimateFirstResponseMinutes({ ahead: 0, agentsOnDuty: 2, recentFirstResponseMinutes: null, policyFirstResponseMinutes: 15 })).toBe(15);
  });
  it("grows with the backlog per agent on duty", () => {
    const base = { agentsOnDuty: 2, recentFirstResponseMinutes: 4, policyFirstResponseMinutes: 15 };
    expect(estimateFirstResponseMinutes({ ...base, ahead: 0 })).toBe(4);
    expect(estimateFirstResponseMinutes({ ...base, ahead: 2 })).toBe(8);
    expect(estimateFirstResponseMinutes({ ...base, ahead: 5 })).toBe(12);
  });
  it("never promises faster than the target when nobody is on duty", () => {
    expect(estimateFirstResponseMinutes({ ahead: 3, agentsOnDuty: 0, recentFirstResponseMinutes: 2, policyFirstResponseMinutes: 30 })).toBe(30);
  });
});
