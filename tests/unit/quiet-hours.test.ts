import { describe, expect, it } from "vitest";
import { parseQuietHours, quietUntil } from "../../src/domain/customers/quiet-hours.js";

const night = { start: 22 * 60, end: 8 * 60 };

describe("quietUntil", () => {
  it("defers a message at 23:30 local time to 08:00 local time (Berlin, winter)", () => {
    expect(quietUntil(new Date("2026-01-10T22:30:00Z"), { timeZone: "Europe/Berlin", ...night })).toEqual(new Date("2026-01-11T07:00:00Z"));
  });
  it("lets a message through during the day", () => {
    expect(quietUntil(new Date("2026-01-10T12:00:00Z"), { timeZone: "Europe/Berlin", ...night })).toBeNull();
  });
  it("works with a half-hour offset (India, UTC+5:30)", () => {
    // 18:00Z is 23:30 in Kolkata; quiet until 08:00 local = 02:30Z.
    expect(quietUntil(new Date("2026-01-10T18:00:00Z"), { timeZone: "Asia/Kolkata", ...night })).toEqual(new Date("2026-01-11T02:30:00Z"));
    // 03:00Z is 08:30 in Kolkata: no longer quiet.
    expect(quietUntil(new Date("2026-01-11T03:00:00Z"), { timeZone: "Asia/Kolkata", ...night })).toBeNull();
  });
  it("works with a quarter-hour offset (Nepal, UTC+5:45) and after midnight", () => {
    // 20:15Z is 02:00 in Kathmandu.
    expect(quietUntil(new Date("2026-01-10T20:15:00Z"), { timeZone: "Asia/Kathmandu", ...night })).toEqual(new Date("2026-01-11T02:15:00Z"));
  });
  it("handles a period within one day and the US across a DST change", () => {
    expect(quietUntil(new Date("2026-01-10T13:30:00Z"), { timeZone: "UTC", start: 13 * 60, end: 14 * 60 })).toEqual(new Date("2026-01-10T14:00:00Z"));
    // New York, 2026-03-08 is the spring-forward night: 03:00Z is 22:00 EST the day before, and
    // 08:00 the next morning is already daylight time (UTC-4), so 12:00Z.
    expect(quietUntil(new Date("2026-03-08T03:00:00Z"), { timeZone: "America/New_York", ...night })?.toISOString()).toBe("2026-03-08T12:00:00.000Z");
  });
  it("ignores an empty period or an unknown time zone", () => {
    expect(quietUntil(new Date(), { timeZone: "UTC", start: 0, end: 0 })).toBeNull();
    expect(quietUntil(new Date(), { timeZone: "Mars/Olympus", ...night })).toBeNull();
  });
  it("parses the configuration format", () => {
    expect(parseQuietHours("22:00-08:00")).toEqual(night);
    expect(parseQuietHours("25:00-08:00")).toBeNull();
    expect(parseQuietHours("")).toBeNull();
  });
});
