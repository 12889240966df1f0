import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { blockedFolders } from "../../src/db/embedded.js";
import { parseVipTargets } from "../../src/domain/customers/vip.js";
import { parsePolicyArgs } from "../../src/domain/routing/queues.js";
import { formatWorkingHours, isOpenAt, nextOpening, parseWorkingHours } from "../../src/domain/routing/working-hours.js";
import { checkPublicName, isPlaceholderName, publicStaffName } from "../../src/domain/staff/names.js";

describe("queue working hours", () => {
  const office = parseWorkingHours("mon-fri 09:00-18:00");

  it("reads days, ranges, several periods and 24/7", () => {
    expect(parseWorkingHours("24/7")).toBeNull();
    expect(parseWorkingHours("")).toBeNull();
    expect(office).toEqual([{ days: [1, 2, 3, 4, 5], start: 540, end: 1080 }]);
    expect(formatWorkingHours(parseWorkingHours("Mon-Fri 09:00-18:00, sat 10:00-14:00"))).toBe("mon-fri 09:00-18:00, sat 10:00-14:00");
    expect(formatWorkingHours(parseWorkingHours("fri-mon 22:00-06:00"))).toBe("fri-mon 22:00-06:00");
    expect(() => parseWorkingHours("weekdays 9-6")).toThrow(/mon-fri 09:00-18:00/);
    expect(() => parseWorkingHours("mon 25:00-26:00")).toThrow(/25:00/);
    expect(() => parseWorkingHours("mon 09:00-09:00")).toThrow(/same time/);
  });

  it("is open inside the hours, in the desk's time zone", () => {
    // Monday 2026-03-02, 08:30 UTC = 09:30 in Berlin (winter, UTC+1).
    expect(isOpenAt(office, new Date("2026-03-02T08:30:00Z"), "UTC")).toBe(false);
    expect(isOpenAt(office, new Date("2026-03-02T08:30:00Z"), "Europe/Berlin")).toBe(true);
    expect(isOpenAt(office, new Date("2026-03-07T12:00:00Z"), "UTC")).toBe(false); // Saturday
    expect(isOpenAt(null, new Date("2026-03-07T03:00:00Z"), "UTC")).toBe(true);
  });

  it("finds the next opening: after the weekend, across midnight, across a daylight-saving change", () => {
    expect(nextOpening(office, new Date("2026-03-06T18:30:00Z"), "UTC")).toEqual(new Date("2026-03-09T09:00:00Z")); // Friday evening -> Monday
    expect(nextOpening(office, new Date("2026-03-02T10:00:00Z"), "UTC")).toBeNull(); // open now
    const night = parseWorkingHours("mon-fri 22:00-06:00");
    expect(isOpenAt(night, new Date("2026-03-03T03:00:00Z"), "UTC")).toBe(true); // Monday's shift, Tuesday 03:00
    expect(nextOpening(night, new Date("2026-03-03T07:00:00Z"), "UTC")).toEqual(new Date("2026-03-03T22:00:00Z"));
    // Berlin moves to summer time on Sunday 2026-03-29: Monday 09:00 local is 07:00 UTC.
    expect(nextOpening(office, new Date("2026-03-28T12:00:00Z"), "Europe/Berlin")).toEqual(new Date("2026-03-30T07:00:00Z"));
    // Kathmandu is UTC+5:45.
    expect(nextOpening(office, new Date("2026-03-02T00:00:00Z"), "Asia/Kathmandu")).toEqual(new Date("2026-03-02T03:15:00Z"));
  });

  it("is set with /queue_set ... hours=..., which takes the rest of the line", () => {
    expect(parsePolicyArgs("first=10 hours=mon-fri 09:00-18:00, sat 10:00-12:00")).toEqual({
      firstResponseMinutes: 10,
      workingHours: "mon-fri 09:00-18:00, sat 10:00-12:00",
    });
    expect(parsePolicyArgs("hours=24/7")).toEqual({ workingHours: null });
  });
});

describe("the staff names customers see", () => {
  it("treats made-up, numeric and account-like names as no name", () => {
    for (const name of ["Admin 123456789", "Agent 42424242", "agent 7", "", "  ", "@anna_support", "7770001", "t.me/anna", "Anna 5512001"]) {
      expect(isPlaceholderName(name), name).toBe(true);
      expect(publicStaffName({ displayName: name }), name).toBeNull();
    }
    for (const name of ["Anna K.", "Лев", "민수", "أمل", "小王", "Ada Lovelace 2"]) expect(publicStaffName({ displayName: name }), name).toBe(name);
  });

  it("refuses a name for customers that is an account", () => {
    expect(checkPublicName("  Anna   K. ")).toBe("Anna K.");
    expect(() => checkPublicName("@anna")).toThrow(/not an @username/);
    expect(() => checkPublicName("123456789")).toThrow(/number/);
    expect(() => checkPublicName("x".repeat(65))).toThrow(/1-64/);
  });
});

describe("settings checked at start-up", () => {
  it("refuses quiet hours that are not times of day, and unknown time zones", () => {
    expect(() => loadConfig({ QUIET_HOURS: "25:00-08:00" })).toThrow(/QUIET_HOURS: must be two times of day/);
    expect(() => loadConfig({ QUIET_HOURS: "22:00-08:75" })).toThrow(ConfigError);
    expect(loadConfig({ QUIET_HOURS: "23:30-07:00" }).QUIET_HOURS).toBe("23:30-07:00");
    expect(() => loadConfig({ DIGEST_TIME_ZONE: "Mars/Olympus" })).toThrow(/DIGEST_TIME_ZONE: must be an IANA time zone/);
    expect(() => loadConfig({ DESK_TIME_ZONE: "GMT+25" })).toThrow(/DESK_TIME_ZONE/);
    expect(loadConfig({ DESK_TIME_ZONE: "Asia/Seoul" }).DESK_TIME_ZONE).toBe("Asia/Seoul");
    expect(loadConfig({}).DESK_TIME_ZONE).toBe("UTC");
  });
});

describe("the embedded PostgreSQL's folders when run as root", () => {
  const tree: Record<string, { mode: number; uid: number; gid: number }> = {
    "/": { mode: 0o755, uid: 0, gid: 0 },
    "/root": { mode: 0o700, uid: 0, gid: 0 },
    "/root/desk": { mode: 0o755, uid: 0, gid: 0 },
    "/opt": { mode: 0o755, uid: 0, gid: 0 },
    "/opt/desk": { mode: 0o750, uid: 0, gid: 70 },
    "/opt/desk/.data": { mode: 0o755, uid: 0, gid: 0 },
  };
  const stat = (p: string) => tree[p] ?? null;

  it("names each folder the postgres user cannot pass through", () => {
    expect(blockedFolders("/root/desk/.data/postgres", null, stat)).toEqual(["/root"]);
    expect(blockedFolders("/root/desk/.data/postgres", { uid: 70, gid: 70 }, stat)).toEqual(["/root"]);
    // Group access counts for the user in that group; others are blocked.
    expect(blockedFolders("/opt/desk/.data/postgres", { uid: 70, gid: 70 }, stat)).toEqual([]);
    expect(blockedFolders("/opt/desk/.data/postgres", null, stat)).toEqual(["/opt/desk"]);
  });
});

describe("VIP targets", () => {
  it("reads handles and ids separated by spaces, commas or semicolons, once each", () => {
    expect(parseVipTargets("@anna 123456789, 987654321;123456789")).toEqual(["@anna", "123456789", "987654321"]);
    expect(parseVipTargets("  ")).toEqual([]);
  });
});
