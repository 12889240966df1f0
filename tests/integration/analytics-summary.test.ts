import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqlPool, type Sql } from "../../src/db/sql.js";
import { planPeriod, refreshDailySummaries } from "../../src/domain/analytics/daily-summary.js";
import { cohortFigures, deskNumbers, periodOf, SPLITS, type Period, type Split } from "../../src/domain/analytics/metrics.js";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";

// The numbers read from per-day summaries must equal the numbers computed from the raw tickets,
// to the last digit, whatever the period, the split and the changes made to old tickets since
// the summaries were built. The reference is the cohort query as it read the tickets before the
// summaries existed (RAW_COHORT below), kept here as the oracle.

const DAY = 86_400_000;
const TICKETS = 3_000;
const CUSTOMERS = 400;
let tdb: TestDatabase;
let sql: Sql;
// Half past two in the afternoon, so that a 30-day period has a partial first and last day.
const now = new Date(Math.floor(Date.now() / DAY) * DAY + 14.5 * 3_600_000);
const nowMinus = (days: number) => new Date(now.getTime() - days * DAY);

beforeAll(async () => {
  tdb = await createTestDatabase();
  sql = createSqlPool(tdb.url, 4);
  await sql.query(`INSERT INTO customers (telegram_id, first_name, updated_at) SELECT 7000000000 + g, 'C' || g, now() FROM generate_series(1, $1) g`, [
    CUSTOMERS,
  ]);
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO staff_members (telegram_id, display_name, on_duty, updated_at)
     SELECT 8000000000 + g, 'Agent ' || g, true, now() FROM generate_series(1, 6) g RETURNING id`,
  );
  const agents = rows.map((r) => r.id);
  // 3,000 tickets over the 70 days before `now` (some in today's hours), uneven on purpose: every
  // figure has values in every split, customers come back within and after the repeat window.
  await sql.query(
    `INSERT INTO tickets (customer_id, topic, queue_id, priority, status, subject, language, source, handoff_reason,
        first_response_due_at, resolution_due_at, eta_at, first_responded_at, resolved_at, first_response_breached_at,
        resolution_breached_at, created_at, updated_at, queue_rank, topic_rank, assignee_id)
     SELECT (SELECT min(id) FROM customers) + (g * 37) % $2, (ARRAY['payment','account','feature','complaint','idea','other'])[1 + g % 6], q.id, 'normal',
        CASE WHEN g % 9 = 0 THEN 'in_progress' ELSE 'closed' END::"TicketStatus",
        's', (ARRAY['en','ru','ko','az','ar','th','zh'])[1 + g % 7], CASE WHEN g % 4 = 0 THEN 'miniapp' ELSE 'bot' END,
        CASE g % 13 WHEN 0 THEN 'operator' WHEN 1 THEN 'unmatched' WHEN 2 THEN 'payment' ELSE NULL END,
        created + interval '15 minutes', created + interval '4 hours', created + interval '15 minutes',
        CASE WHEN g % 11 = 0 THEN NULL ELSE created + ((g::bigint * 7919) % 5400) * interval '1.37 second' END,
        CASE WHEN g % 9 <> 0 AND g % 10 < 8 THEN created + ((g::bigint * 104729) % 90000) * interval '1.003 second' END,
        CASE WHEN g % 23 = 0 THEN created + interval '15 minutes' END,
        CASE WHEN g % 29 = 0 THEN created + interval '4 hours' END,
        created, created, (g % 5)::smallint, (g % 6)::smallint,
        CASE WHEN g % 8 = 0 THEN NULL ELSE ($3::int[])[1 + g % 6] END
     FROM (SELECT g, $4::timestamp - (g * g % 70000) * interval '86.4 seconds' - (g % 7) * interval '1 hour' AS created FROM generate_series(1, $1) g) s
     JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM queues WHERE code IN ('L1','L2','VIP','SECURITY')) q ON q.i = s.g % 4`,
    [TICKETS, CUSTOMERS, agents, now.toISOString()],
  );
  await sql.query(
    `INSERT INTO ratings (ticket_id, customer_id, staff_id, csat, nps, created_at, updated_at)
     SELECT id, customer_id, assignee_id, 1 + (id * 3) % 5, CASE WHEN id % 2 = 0 THEN (id * 7) % 11 END, resolved_at + interval '1 hour', resolved_at + interval '1 hour'
     FROM tickets WHERE resolved_at IS NOT NULL AND id % 3 <> 1`,
  );
  await sql.query(
    `INSERT INTO ticket_events (ticket_id, type, actor_type, data, created_at)
     SELECT id, CASE WHEN id % 17 = 0 THEN 'reopened' WHEN id % 2 = 0 THEN 'escalated' ELSE 'transferred' END, 'system', '{}', created_at + interval '30 minutes'
     FROM tickets WHERE id % 17 = 0 OR id % 12 = 1`,
  );
  await sql.query(
    `INSERT INTO self_service_outcomes (customer_id, query, solved, created_at)
     SELECT (SELECT min(id) FROM customers) + g % $1, 'q', g % 3 <> 0, $2::timestamp - g * interval '3000 seconds' FROM generate_series(1, 1500) g`,
    [CUSTOMERS, now.toISOString()],
  );
});

afterAll(async () => {
  await sql?.end();
  await tdb?.drop();
});

const PERIODS: { name: string; period: Period }[] = [
  { name: "30 days", period: periodOf({ period: "30d" }, now) },
  { name: "7 days", period: periodOf({ period: "7d" }, now) },
  { name: "today", period: periodOf({ period: "today" }, now) },
  {
    name: "custom whole days",
    period: periodOf({ period: "custom", from: nowMinus(40).toISOString().slice(0, 10), to: nowMinus(3).toISOString().slice(0, 10) }, now),
  },
];

/** Every split of every period: the summaries' answer equals the tickets' answer, and the oracle's. */
async function expectSummariesEqualTickets(timeZone = "UTC") {
  for (const { name, period } of PERIODS) {
    for (const split of SPLITS) {
      const fromSummaries = await deskNumbers(sql, period, split, timeZone);
      const fromTickets = await deskNumbers(sql, period, split, timeZone, { summaries: false });
      expect(fromSummaries, `${name}, split ${split}`).toEqual(fromTickets);
    }
    const oracle = await rawCohort(period, "queue");
    const { totals, rows } = await cohortFigures(sql, period, "queue");
    expect(totals, name).toEqual(oracle.totals);
    expect(Object.fromEntries(rows.map((r) => [r.key, r.figures])), name).toEqual(oracle.rows);
  }
}

describe("the numbers from per-day summaries", () => {
  it("equal the numbers from the raw tickets for every period and split, and read summaries for whole days", async () => {
    const first = await refreshDailySummaries(sql, now);
    // 70 days of history; today is never summarised.
    expect(first.built).toBeGreaterThanOrEqual(70);
    expect((await refreshDailySummaries(sql, now)).built).toBe(0);
    const plan = await planPeriod(sql, periodOf({ period: "30d" }, now));
    // 29 whole days from summaries; the partial first day and today from the tickets.
    expect(plan.stored).toHaveLength(29);
    expect(plan.live).toHaveLength(2);
    const volume = (await deskNumbers(sql, periodOf({ period: "30d" }, now), "none", "UTC")).totals.volume;
    expect(volume).toBeGreaterThan(500);
    await expectSummariesEqualTickets();
    await expectSummariesEqualTickets("Asia/Kolkata");
  });

  it("stay equal after old tickets change, computing changed days from the tickets until the job summarises them again", async () => {
    await refreshDailySummaries(sql, now);
    const old = await sql.query<{ id: number; customer_id: number; created_at: Date }>(
      `SELECT id, customer_id, created_at FROM tickets WHERE created_at < $1::timestamp AND resolved_at IS NULL ORDER BY id LIMIT 3`,
      [nowMinus(10).toISOString()],
    );
    const [a, b, c] = old.rows;
    // A late resolution with a rating, a reopen, a moved ticket, a late-recorded ticket that makes
    // later ones repeats, a deleted ticket, a knowledge-base outcome recorded late.
    await sql.query(`UPDATE tickets SET resolved_at = created_at + interval '3 days', first_responded_at = created_at + interval '1 hour' WHERE id = $1`, [
      a!.id,
    ]);
    await sql.query(
      `INSERT INTO ratings (ticket_id, customer_id, csat, nps, created_at, updated_at) VALUES ($1, $2, 5, 10, now(), now()) ON CONFLICT DO NOTHING`,
      [a!.id, a!.customer_id],
    );
    await sql.query(`INSERT INTO ticket_events (ticket_id, type, actor_type, data, created_at) VALUES ($1, 'reopened', 'customer', '{}', now())`, [b!.id]);
    await sql.query(`UPDATE tickets SET queue_id = (SELECT id FROM queues WHERE code = 'L2'), topic = 'idea' WHERE id = $1`, [c!.id]);
    await sql.query(
      `INSERT INTO tickets (customer_id, topic, queue_id, priority, status, subject, language, source, first_response_due_at, resolution_due_at, eta_at, created_at, updated_at, queue_rank, topic_rank)
       SELECT customer_id, 'other', queue_id, 'normal', 'new', 's', 'en', 'bot', created_at, created_at, created_at, created_at - interval '2 days', now(), 0, 0 FROM tickets WHERE id = $1`,
      [c!.id],
    );
    await sql.query(`DELETE FROM tickets WHERE id = (SELECT max(id) FROM tickets WHERE created_at < $1::timestamp AND created_at > $2::timestamp)`, [
      nowMinus(5).toISOString(),
      nowMinus(6).toISOString(),
    ]);
    await sql.query(`INSERT INTO self_service_outcomes (customer_id, query, solved, created_at) VALUES ($1, 'q', true, $2::timestamp)`, [
      a!.customer_id,
      nowMinus(12).toISOString(),
    ]);
    const stale = await sql.query<{ n: number }>(`SELECT count(DISTINCT day)::int AS n FROM analytics_stale_days`);
    expect(stale.rows[0]!.n).toBeGreaterThanOrEqual(4);
    const plan = await planPeriod(sql, periodOf({ period: "30d" }, now));
    expect(plan.stored.length).toBeLessThan(29);
    await expectSummariesEqualTickets();

    const again = await refreshDailySummaries(sql, now);
    expect(again.rebuilt).toBeGreaterThanOrEqual(4);
    expect((await sql.query(`SELECT 1 FROM analytics_stale_days WHERE day < $1::date`, [now.toISOString().slice(0, 10)])).rowCount).toBe(0);
    expect((await planPeriod(sql, periodOf({ period: "30d" }, now))).stored).toHaveLength(29);
    await expectSummariesEqualTickets();
  });

  it("leave today's tickets unmarked: today is always read from the tickets", async () => {
    const before = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM analytics_stale_days`);
    await sql.query(`UPDATE tickets SET resolved_at = now() WHERE created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AND resolved_at IS NULL`);
    const after = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM analytics_stale_days`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });
});

// --- The oracle: the cohort query over the raw tickets, as it was before the summaries ----------

const RAW_COHORT = `
WITH base AS (
  SELECT t.id, t.customer_id, t.created_at, t.queue_id, t.first_responded_at, t.resolved_at, t.handoff_reason,
         (t.first_response_breached_at IS NOT NULL OR t.resolution_breached_at IS NOT NULL) AS breached,
         lag(t.created_at) OVER (PARTITION BY t.customer_id ORDER BY t.created_at, t.id) AS previous_at
  FROM tickets t
  WHERE t.created_at >= $1::timestamp - interval '7 days' AND t.created_at < $2::timestamp
),
ev AS (
  SELECT ticket_id, bool_or(type = 'reopened') AS reopened, bool_or(type <> 'reopened') AS moved
  FROM ticket_events WHERE type IN ('reopened', 'escalated', 'transferred') AND created_at >= $1::timestamp GROUP BY ticket_id
),
rt AS (SELECT ticket_id, csat, nps FROM ratings WHERE created_at >= $1::timestamp),
c AS (
  SELECT b.*, coalesce(ev.reopened, false) AS reopened, coalesce(ev.moved, false) AS moved, rt.csat, rt.nps
  FROM base b LEFT JOIN ev ON ev.ticket_id = b.id LEFT JOIN rt ON rt.ticket_id = b.id
  WHERE b.created_at >= $1::timestamp
)
SELECT c.queue_id::text AS key, GROUPING(c.queue_id::text) AS total,
  count(*)::int AS volume, count(c.first_responded_at)::int AS answered, count(c.resolved_at)::int AS resolved,
  percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM c.first_responded_at - c.created_at)) AS frt,
  percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM c.resolved_at - c.created_at)) AS res,
  count(*) FILTER (WHERE c.resolved_at IS NOT NULL AND NOT c.breached)::int AS sla_met,
  count(*) FILTER (WHERE c.resolved_at IS NOT NULL OR c.breached)::int AS sla_decided,
  avg(c.csat)::float8 AS csat, count(c.csat)::int AS csat_count, count(c.nps)::int AS nps_count,
  count(*) FILTER (WHERE c.nps >= 9)::int AS promoters, count(*) FILTER (WHERE c.nps <= 6)::int AS detractors,
  count(*) FILTER (WHERE c.resolved_at IS NOT NULL AND NOT c.reopened AND NOT c.moved)::int AS fcr,
  count(*) FILTER (WHERE c.previous_at >= c.created_at - interval '7 days')::int AS repeats,
  count(*) FILTER (WHERE c.reopened)::int AS reopened,
  count(*) FILTER (WHERE c.resolved_at IS NOT NULL OR c.reopened)::int AS ever_resolved,
  count(c.handoff_reason)::int AS handoffs
FROM c GROUP BY GROUPING SETS ((), (c.queue_id::text))`;

async function rawCohort(period: Period, split: Extract<Split, "queue">) {
  expect(split).toBe("queue");
  const { rows } = await sql.query<Record<string, unknown>>(RAW_COHORT, [period.from.toISOString(), period.to.toISOString()]);
  const figures = (r: Record<string, unknown> | undefined) => {
    const n = (k: string) => Number(r?.[k] ?? 0);
    const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
    const pick = (v: unknown, i: number) => (Array.isArray(v) && v[i] !== null && v[i] !== undefined ? Number(v[i]) : null);
    const resolved = n("resolved");
    const npsCount = n("nps_count");
    return {
      volume: n("volume"),
      answered: n("answered"),
      resolved,
      frtP50: pick(r?.["frt"], 0),
      frtP90: pick(r?.["frt"], 1),
      resolutionP50: pick(r?.["res"], 0),
      resolutionP90: pick(r?.["res"], 1),
      slaMet: ratio(n("sla_met"), n("sla_decided")),
      csat: r?.["csat"] === null || r?.["csat"] === undefined ? null : Number(r["csat"]),
      csatCount: n("csat_count"),
      csatResponseRate: ratio(n("csat_count"), resolved),
      nps: npsCount > 0 ? (100 * (n("promoters") - n("detractors"))) / npsCount : null,
      npsCount,
      npsResponseRate: ratio(npsCount, resolved),
      fcr: ratio(n("fcr"), resolved),
      repeatRate: ratio(n("repeats"), n("volume")),
      reopenRate: ratio(n("reopened"), n("ever_resolved")),
      handoffRate: ratio(n("handoffs"), n("volume")),
    };
  };
  return {
    totals: figures(rows.find((r) => Number(r["total"]) === 1)),
    rows: Object.fromEntries(rows.filter((r) => Number(r["total"]) === 0).map((r) => [String(r["key"]), figures(r)])),
  };
}
