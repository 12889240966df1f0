import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqlPool, type Sql } from "../../src/db/sql.js";
import { change, deskNumbers, periodOf, previousPeriod } from "../../src/domain/analytics/metrics.js";
import { can, ROLE_PERMISSIONS } from "../../src/domain/staff/permissions.js";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";
import { domainDeps, makeAgent, makeCustomer, outboxTexts } from "../helpers/domain.js";
import { isReportDay, sendKeyNumbers, sendWeeklyReport } from "../../src/domain/analytics/reports.js";

// Six tickets built by hand, every figure worked out on paper (see the comments), so a change in a
// formula shows up as a wrong number here.

let tdb: TestDatabase;
let sql: Sql;
const MIN = 60_000;
const at = (iso: string) => new Date(iso);
const plus = (d: Date, minutes: number) => new Date(d.getTime() + minutes * MIN);
// 1-8 November 2026; 2 November is a Monday.
const PERIOD = { from: at("2026-11-01T00:00:00Z"), to: at("2026-11-08T00:00:00Z") };

beforeAll(async () => {
  tdb = await createTestDatabase();
  sql = createSqlPool(tdb.url, 2);
  const db = tdb.prisma;
  const [a, b, c] = [await makeCustomer(db), await makeCustomer(db), await makeCustomer(db)];
  const anna = await makeAgent(db, ["L1"]);
  const boris = await makeAgent(db, ["L2"]);
  const queues = Object.fromEntries((await db.queue.findMany()).map((q) => [q.code, q.id]));
  let n = 0;
  const ticket = async (t: {
    customerId: number;
    created: string;
    frt?: number;
    resolution?: number;
    queue: string;
    topic: string;
    language: string;
    source: string;
    assigneeId: number | null;
    handoff?: string;
    breached?: boolean;
  }) => {
    const created = at(t.created);
    return db.ticket.create({
      data: {
        number: 20001 + n++,
        customerId: t.customerId,
        topic: t.topic,
        queueId: queues[t.queue]!,
        subject: "s",
        language: t.language,
        source: t.source,
        assigneeId: t.assigneeId,
        handoffReason: t.handoff ?? null,
        status: t.resolution !== undefined ? "resolved" : "in_progress",
        firstResponseDueAt: plus(created, 15),
        etaAt: plus(created, 15),
        firstRespondedAt: t.frt !== undefined ? plus(created, t.frt) : null,
        resolvedAt: t.resolution !== undefined ? plus(created, t.resolution) : null,
        firstResponseBreachedAt: t.breached ? plus(created, 15) : null,
        createdAt: created,
      },
    });
  };
  // The previous period: B's first ticket (and what makes T3 a repeat).
  await ticket({
    customerId: b.id,
    created: "2026-10-30T12:00:00Z",
    frt: 5,
    resolution: 30,
    queue: "L1",
    topic: "payment",
    language: "en",
    source: "bot",
    assigneeId: anna.id,
  });
  const t1 = await ticket({
    customerId: a.id,
    created: "2026-11-02T10:00:00Z",
    frt: 10,
    resolution: 60,
    queue: "L1",
    topic: "payment",
    language: "en",
    source: "bot",
    assigneeId: anna.id,
  });
  const t2 = await ticket({
    customerId: a.id,
    created: "2026-11-04T10:00:00Z",
    frt: 20,
    resolution: 120,
    queue: "L1",
    topic: "payment",
    language: "en",
    source: "bot",
    assigneeId: anna.id,
  });
  const t3 = await ticket({
    customerId: b.id,
    created: "2026-11-03T09:00:00Z",
    frt: 30,
    resolution: 180,
    queue: "L2",
    topic: "account",
    language: "ru",
    source: "miniapp",
    assigneeId: boris.id,
    breached: true,
  });
  await ticket({
    customerId: c.id,
    created: "2026-11-05T12:00:00Z",
    frt: 40,
    queue: "L1",
    topic: "account",
    language: "ru",
    source: "bot",
    assigneeId: boris.id,
    handoff: "stop-word",
  });
  await ticket({
    customerId: c.id,
    created: "2026-11-06T12:00:00Z",
    queue: "L1",
    topic: "other",
    language: "en",
    source: "bot",
    assigneeId: null,
    handoff: "unmatched",
  });
  await db.ticketEvent.createMany({
    data: [
      { ticketId: t2.id, type: "reopened", actorType: "customer", createdAt: plus(t2.createdAt, 90) },
      { ticketId: t3.id, type: "escalated", actorType: "system", createdAt: plus(t3.createdAt, 60) },
    ],
  });
  await db.rating.createMany({
    data: [
      { ticketId: t1.id, customerId: a.id, staffId: anna.id, csat: 5, nps: 10, createdAt: plus(t1.createdAt, 70) },
      { ticketId: t2.id, customerId: a.id, staffId: anna.id, csat: 3, nps: 7, createdAt: plus(t2.createdAt, 130) },
      { ticketId: t3.id, customerId: b.id, staffId: boris.id, csat: 4, nps: 3, createdAt: plus(t3.createdAt, 190) },
    ],
  });
  await db.selfServiceOutcome.createMany({
    data: [
      { customerId: a.id, query: "q", solved: true, createdAt: at("2026-11-02T08:00:00Z") },
      { customerId: b.id, query: "q", solved: true, createdAt: at("2026-11-03T08:00:00Z") },
      { customerId: c.id, query: "q", solved: true, createdAt: at("2026-11-07T08:00:00Z") },
      { customerId: c.id, query: "q", solved: false, createdAt: at("2026-11-07T09:00:00Z") },
    ],
  });
});

afterAll(async () => {
  await sql?.end();
  await tdb?.drop();
});

describe("the numbers on a hand-built week", () => {
  it("computes every figure of the period as worked out by hand", async () => {
    const n = await deskNumbers(sql, PERIOD, "none", "UTC");
    expect(n.totals).toEqual({
      volume: 5,
      answered: 4,
      resolved: 3,
      // first answers after 10, 20, 30, 40 minutes: median 25 min; P90 = 30 + 0.7 x 10 min.
      frtP50: 1500,
      frtP90: 2220,
      // resolutions after 60, 120, 180 minutes: median 120; P90 = 120 + 0.8 x 60 min.
      resolutionP50: 7200,
      resolutionP90: 10080,
      // decided: T1, T2, T3 (T3 breached) -> 2 of 3.
      slaMet: 2 / 3,
      csat: 4,
      csatCount: 3,
      csatResponseRate: 1,
      // 10 promoter, 7 passive, 3 detractor -> 0.
      nps: 0,
      npsCount: 3,
      npsResponseRate: 1,
      // T2 reopened, T3 escalated: only T1 solved at first contact.
      fcr: 1 / 3,
      // T2 (A two days after T1), T3 (B four days after 30 Oct), T5 (C a day after T4).
      repeatRate: 3 / 5,
      reopenRate: 1 / 3,
      handoffRate: 2 / 5,
    });
    expect(n.previousTotals).toMatchObject({ volume: 1, answered: 1, resolved: 1, frtP50: 300, resolutionP50: 1800, fcr: 1, repeatRate: 0 });
    expect(n.selfService).toEqual({ solved: 3, share: 3 / 8, previousShare: 0 });
    expect(n.handoffReasons).toEqual([
      { reason: "stop-word", count: 1 },
      { reason: "unmatched", count: 1 },
    ]);
    expect(n.heatmap).toEqual([
      { weekday: 1, hour: 10, count: 1 },
      { weekday: 2, hour: 9, count: 1 },
      { weekday: 3, hour: 10, count: 1 },
      { weekday: 4, hour: 12, count: 1 },
      { weekday: 5, hour: 12, count: 1 },
    ]);
  });

  it("splits by queue, agent, language and channel with the same formulas", async () => {
    const byQueue = await deskNumbers(sql, PERIOD, "queue", "UTC");
    expect(byQueue.rows.map((r) => [r.key, r.label, r.volume, r.resolved, r.fcr])).toEqual([
      ["L1", "L1 (mass)", 4, 2, 1 / 2],
      ["L2", "L2 (experts)", 1, 1, 0],
    ]);
    expect(byQueue.totals.volume).toBe(5);
    const byAgent = await deskNumbers(sql, PERIOD, "agent", "UTC");
    expect(byAgent.rows.map((r) => [r.volume, r.csat, r.frtP50, r.reopenRate])).toEqual([
      [2, 4, 900, 1 / 2],
      [2, 4, 2100, 0],
      [1, null, null, null],
    ]);
    expect(byAgent.rows[2]!.key).toBe("—");
    const byLanguage = await deskNumbers(sql, PERIOD, "language", "UTC");
    expect(byLanguage.rows.map((r) => [r.key, r.volume, r.handoffRate])).toEqual([
      ["en", 3, 1 / 3],
      ["ru", 2, 1 / 2],
    ]);
    const byChannel = await deskNumbers(sql, PERIOD, "channel", "UTC");
    expect(byChannel.rows.map((r) => [r.key, r.volume])).toEqual([
      ["bot", 4],
      ["miniapp", 1],
    ]);
  });

  it("places arrivals in the desk's time zone", async () => {
    const n = await deskNumbers(sql, PERIOD, "none", "Asia/Seoul");
    expect(n.heatmap[0]).toEqual({ weekday: 1, hour: 19, count: 1 });
  });

  it("names periods and compares them with the one before", () => {
    const now = at("2026-11-08T06:00:00Z");
    expect(periodOf({ period: "today" }, now)).toEqual({ from: at("2026-11-08T00:00:00Z"), to: now });
    expect(periodOf({ period: "custom", from: "2026-11-01", to: "2026-11-07" }, now)).toEqual(PERIOD);
    expect(previousPeriod(PERIOD)).toEqual({ from: at("2026-10-25T00:00:00Z"), to: PERIOD.from });
    expect(change(6, 4)).toBe(0.5);
    expect(change(1, 0)).toBeNull();
  });
});

describe("the permission table", () => {
  it("gives supervisors the board, reassignment, VIP and numbers, and analysts only the numbers", () => {
    expect(ROLE_PERMISSIONS.supervisor).toEqual(expect.arrayContaining(["board.view", "tickets.reassign", "customers.vip", "numbers.view", "agents.view"]));
    expect(ROLE_PERMISSIONS.analyst).toEqual(["numbers.view"]);
    expect(can({ role: "analyst" }, "tickets.reassign")).toBe(false);
    expect(can({ role: "agent" }, "numbers.view")).toBe(false);
    expect(can({ role: "admin", active: false }, "numbers.view")).toBe(false);
  });
});

describe("reports in Telegram", () => {
  const ALERTS = -100777n;
  it("sends the key numbers with their change and the weekly contact reasons to the staff alert chat", async () => {
    const deps = { ...domainDeps(tdb.prisma, { staffAlertChatId: ALERTS }), sql, timeZone: "UTC" };
    const settings = { staffAlertChatId: ALERTS, defaultLanguage: "en" };
    // 24 h up to 3 Nov 10:00 hold T3 (9:00) and T1 (2 Nov 10:00); the 24 h before hold nothing.
    const k = await sendKeyNumbers({ ...deps, settings }, at("2026-11-03T10:00:00Z"));
    expect(k.vars).toMatchObject({ volume: 2, volumeChange: "—", frt: "20", sla: "50.0%", csat: "4.50", fcr: "50.0%" });
    // The week up to 8 Nov against the week before: payment 2 (1 before), account 2, other 1.
    const w = await sendWeeklyReport({ ...deps, settings }, PERIOD.to);
    expect(w.topics).toEqual([
      { topic: "payment", count: 2, previous: 1 },
      { topic: "account", count: 2, previous: 0 },
      { topic: "other", count: 1, previous: 0 },
    ]);
    const texts = await outboxTexts(tdb.prisma, ALERTS);
    expect(texts[0]).toContain("Tickets: 2 (—)");
    expect(texts[0]).toContain("First response, median: 20 min");
    expect(texts[1]).toContain("1. payment: 2 (+100%)");
    expect(texts[1]).toContain("2. account: 2 (—)");
    expect(texts[1]).toContain("3. other: 1 (—)");
    expect(texts[1]).toMatch(/handed over: (security words|the bot did not understand|asked for a person|payment words|—) \(1\)/);
    expect(isReportDay(at("2026-11-02T10:00:00Z"), "UTC")).toBe(true);
    expect(isReportDay(at("2026-11-01T20:00:00Z"), "Asia/Seoul")).toBe(true);
    expect(isReportDay(at("2026-11-03T10:00:00Z"), "UTC")).toBe(false);
  });
});
