import type pg from "pg";
import type { Sql } from "../../db/index.js";

// The numbers of a long period, read from per-day summaries (table analytics_days) instead of
// every ticket of the period. What a figure means is written once, in the per-ticket facts below;
// a summary is those facts added up over one UTC day, and a period adds the days up again. FRT
// and resolution times are kept whole per day (not as percentiles), so the percentiles of any run
// of days are exactly those of its tickets.
//
// Which days come from summaries: the whole UTC days inside the period that the job has
// summarised and that nothing changed since (triggers in the migration analytics_daily write the
// day of every later change to analytics_stale_days). The rest (the period's partial first and
// last day, today, a day not yet summarised or changed since) is computed from the tickets, so
// the answer always equals the computation over the raw tickets.

const DAY = 86_400_000;

/** Days before a ticket's creation in which an earlier ticket of the same customer makes it a repeat. */
export const REPEAT_WINDOW_DAYS = 7;
/** Queue moves and hand-overs: a ticket that went through one was not solved at first contact. */
const MOVE_EVENTS = ["escalated", "transferred"];

/** The split dimensions kept per day; "none" holds the day's totals, arrivals and self-service. */
export const DIMENSIONS = ["none", "queue", "topic", "language", "agent", "channel", "handoff"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The per-ticket column each dimension groups by ('' stands for "no agent"). */
export const DIMENSION_KEY: Record<Dimension, string> = {
  none: "''",
  queue: "c.queue_id::text",
  topic: "c.topic",
  language: "c.language",
  agent: "coalesce(c.assignee_id::text, '')",
  channel: "c.source",
  handoff: "c.handoff_reason",
};

export interface Range {
  from: Date;
  to: Date;
}

/** Where each part of a period comes from. */
export interface SummaryPlan {
  /** Whole UTC days (YYYY-MM-DD) read from analytics_days. */
  stored: string[];
  /** Time ranges computed from the tickets. */
  live: Range[];
}

/** A placeholder list for `ranges` with their bounds appended to `params` ($n numbering). */
function rangeCondition(column: string, ranges: Range[], params: unknown[]): string {
  if (!ranges.length) return "false";
  return ranges
    .map((r) => {
      params.push(r.from.toISOString(), r.to.toISOString());
      return `(${column} >= $${params.length - 1}::timestamp AND ${column} < $${params.length}::timestamp)`;
    })
    .join(" OR ");
}

/**
 * The tickets created in `ranges` with every fact a figure reads, as the CTE `c` (index
 * tickets_created_at_idx). Events and ratings are found through their ticket.
 */
export function factsSql(ranges: Range[], params: unknown[]): string {
  const inRange = rangeCondition("t.created_at", ranges, params);
  // A repeat: the same customer opened another ticket in the 7 days before (an index probe on
  // tickets_customer_id_created_at_idx per ticket, cheaper than ordering a week of history).
  // Events and the rating are probed per ticket too: a period's share of those tables is small.
  return `
cohort AS (
  SELECT t.id, t.customer_id, t.created_at, t.topic, t.language, t.source, t.queue_id, t.assignee_id,
         t.first_responded_at, t.resolved_at, t.handoff_reason,
         (t.first_response_breached_at IS NOT NULL OR t.resolution_breached_at IS NOT NULL) AS breached,
         EXISTS (SELECT 1 FROM tickets p
                 WHERE p.customer_id = t.customer_id AND p.created_at >= t.created_at - interval '${REPEAT_WINDOW_DAYS} days' AND p.created_at <= t.created_at
                   AND (p.created_at < t.created_at OR p.id < t.id)) AS repeat
  FROM tickets t WHERE ${inRange}
),
c AS (
  SELECT b.*, b.created_at::date AS day, coalesce(ev.reopened, false) AS reopened, coalesce(ev.moved, false) AS moved, r.csat, r.nps
  FROM cohort b
  LEFT JOIN LATERAL (
    SELECT bool_or(e.type = 'reopened') AS reopened, bool_or(e.type <> 'reopened') AS moved FROM ticket_events e
    WHERE e.ticket_id = b.id AND e.type IN ('reopened', ${MOVE_EVENTS.map((e) => `'${e}'`).join(", ")})
  ) ev ON true
  LEFT JOIN LATERAL (SELECT r.csat, r.nps FROM ratings r WHERE r.ticket_id = b.id LIMIT 1) r ON true
)`;
}

/** The additive parts of every figure over the rows of `c` in a group: the columns of analytics_days. */
export const FACT_SUMS = `
  count(*)::int AS volume,
  count(c.first_responded_at)::int AS answered,
  count(c.resolved_at)::int AS resolved,
  count(*) FILTER (WHERE c.resolved_at IS NOT NULL AND NOT c.breached)::int AS sla_met,
  count(*) FILTER (WHERE c.resolved_at IS NOT NULL OR c.breached)::int AS sla_decided,
  coalesce(sum(c.csat), 0)::int AS csat_sum,
  count(c.csat)::int AS csat_count,
  count(c.nps)::int AS nps_count,
  count(*) FILTER (WHERE c.nps >= 9)::int AS promoters,
  count(*) FILTER (WHERE c.nps <= 6)::int AS detractors,
  count(*) FILTER (WHERE c.resolved_at IS NOT NULL AND NOT c.reopened AND NOT c.moved)::int AS fcr,
  count(*) FILTER (WHERE c.repeat)::int AS repeats,
  count(*) FILTER (WHERE c.reopened)::int AS reopened,
  count(*) FILTER (WHERE c.resolved_at IS NOT NULL OR c.reopened)::int AS ever_resolved,
  count(c.handoff_reason)::int AS handoffs,
  coalesce(array_agg(extract(epoch FROM c.first_responded_at - c.created_at)::float8) FILTER (WHERE c.first_responded_at IS NOT NULL), '{}') AS frt,
  coalesce(array_agg(extract(epoch FROM c.resolved_at - c.created_at)::float8) FILTER (WHERE c.resolved_at IS NOT NULL), '{}') AS resolution`;

const SUM_COLUMNS = [
  "volume",
  "answered",
  "resolved",
  "sla_met",
  "sla_decided",
  "csat_sum",
  "csat_count",
  "nps_count",
  "promoters",
  "detractors",
  "fcr",
  "repeats",
  "reopened",
  "ever_resolved",
  "handoffs",
];

const dayString = (d: Date) => d.toISOString().slice(0, 10);
const floorDay = (d: Date) => new Date(Math.floor(d.getTime() / DAY) * DAY);
const ceilDay = (d: Date) => new Date(Math.ceil(d.getTime() / DAY) * DAY);

/** Joins touching ranges into one: fewer, longer index scans. */
function coalesceRanges(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of [...ranges].sort((a, b) => a.from.getTime() - b.from.getTime())) {
    const last = out[out.length - 1];
    if (last && last.to.getTime() >= r.from.getTime()) last.to = new Date(Math.max(last.to.getTime(), r.to.getTime()));
    else if (r.to > r.from) out.push({ ...r });
  }
  return out;
}

/** Which days of `p` are read from summaries (summarised and unchanged since), and what is computed live. */
export async function planPeriod(sql: Sql, p: Range, useSummaries = true): Promise<SummaryPlan> {
  const first = ceilDay(p.from);
  const last = floorDay(p.to);
  if (!useSummaries || last <= first) return { stored: [], live: coalesceRanges([{ from: p.from, to: p.to }]) };
  const { rows } = await sql.query<{ day: string }>(
    `SELECT d.day::text AS day FROM analytics_days d
     WHERE d.dimension = 'none' AND d.key = '' AND d.day >= $1::date AND d.day < $2::date
       AND NOT EXISTS (SELECT 1 FROM analytics_stale_days s WHERE s.day = d.day)`,
    [dayString(first), dayString(last)],
  );
  const stored = new Set(rows.map((r) => r.day));
  const live: Range[] = [
    { from: p.from, to: first },
    { from: last, to: p.to },
  ];
  for (let d = first.getTime(); d < last.getTime(); d += DAY) {
    if (!stored.has(dayString(new Date(d)))) live.push({ from: new Date(d), to: new Date(d + DAY) });
  }
  return { stored: [...stored].sort(), live: coalesceRanges(live) };
}

/**
 * The sums of one dimension over a plan, one row per key plus the totals (`total` = 1), with the
 * FRT and resolution percentiles (P50, P90) as arrays: the row shape `figuresOf` reads.
 */
export async function planSums(sql: Sql, plan: SummaryPlan, dimension: Dimension): Promise<Record<string, unknown>[]> {
  const params: unknown[] = [];
  const parts: string[] = [];
  const ctes: string[] = [];
  if (plan.live.length) {
    ctes.push(factsSql(plan.live, params));
    const filter = dimension === "handoff" ? "WHERE c.handoff_reason IS NOT NULL" : "";
    parts.push(`SELECT ${DIMENSION_KEY[dimension]} AS key, ${FACT_SUMS} FROM c ${filter} GROUP BY 1`);
  }
  if (plan.stored.length) {
    params.push(dimension, plan.stored);
    parts.push(
      `SELECT key, ${SUM_COLUMNS.join(", ")}, frt, resolution FROM analytics_days WHERE dimension = $${params.length - 1} AND day = ANY ($${params.length}::date[])`,
    );
  }
  if (!parts.length) return [{ total: 1, key: null }];
  const split = dimension !== "none";
  // The times travel in PostgreSQL's binary array form, concatenated per key: sorting them here
  // costs a fraction of sorting them in the query once per grouping set.
  const text = `
WITH ${[...ctes, `s AS (${parts.join(" UNION ALL ")})`].join(",\n")},
n AS (
  SELECT ${split ? "key, GROUPING(key) AS total" : "NULL::text AS key, 1 AS total"},
    ${SUM_COLUMNS.map((col) => `sum(${col})::int AS ${col}`).join(", ")},
    (sum(csat_sum)::numeric / nullif(sum(csat_count), 0))::float8 AS csat
  FROM s GROUP BY ${split ? "GROUPING SETS ((), (key))" : "()"}
),
b AS (SELECT key, string_agg(array_send(frt), ''::bytea) AS frt_bin, string_agg(array_send(resolution), ''::bytea) AS res_bin FROM s GROUP BY key)
SELECT n.*, b.frt_bin, b.res_bin FROM n LEFT JOIN b ON ${split ? "n.total = 0 AND b.key = n.key" : "true"}`;
  const rows = await readOnly(sql, text, params);
  const all = { frt: [] as Float64Array[], res: [] as Float64Array[] };
  for (const r of rows) {
    if (r["frt_bin"] === null || r["frt_bin"] === undefined) continue;
    const frt = sortedTimes(r["frt_bin"] as Buffer);
    const res = sortedTimes(r["res_bin"] as Buffer);
    r["frt"] = percentiles(frt);
    r["res"] = percentiles(res);
    all.frt.push(frt);
    all.res.push(res);
  }
  const total = rows.find((r) => Number(r["total"]) === 1);
  if (total && split) {
    total["frt"] = percentiles(merged(all.frt));
    total["res"] = percentiles(merged(all.res));
  }
  for (const r of rows) {
    delete r["frt_bin"];
    delete r["res_bin"];
  }
  return rows;
}

/** Reads concatenated float8[] values in PostgreSQL's binary array form (array_send), sorted. */
function sortedTimes(buf: Buffer): Float64Array {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  // Each value takes 12 bytes (length, then the float8): an upper bound for the count.
  const values = new Float64Array(Math.floor(buf.byteLength / 12));
  let count = 0;
  let at = 0;
  while (at < buf.byteLength) {
    const ndim = view.getInt32(at);
    at += 12; // ndim, has-nulls flag, element type
    if (ndim === 0) continue;
    const n = view.getInt32(at);
    at += 8; // length and lower bound of the one dimension
    for (let i = 0; i < n; i++) {
      const len = view.getInt32(at);
      at += 4;
      if (len === 8) values[count++] = view.getFloat64(at);
      at += Math.max(len, 0);
    }
  }
  return sortTimes(values.subarray(0, count));
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Ascending order of float8 values by a radix sort of their bit patterns (four passes of 16 bits):
 * several times faster than the typed array's own sort on a month of times. A value's bits, with
 * the sign bit flipped (all bits for a negative value), order as unsigned integers as the values do.
 */
export function sortTimes(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < 256 || !LITTLE_ENDIAN) return values.slice().sort();
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const low = new Uint32Array(n);
  const high = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const lo = words[2 * i]!;
    const hi = words[2 * i + 1]!;
    const negative = (hi & 0x80000000) !== 0;
    low[i] = negative ? ~lo >>> 0 : lo;
    high[i] = negative ? ~hi >>> 0 : (hi | 0x80000000) >>> 0;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const counts = new Uint32Array(65536);
  for (const [keys, shift] of [
    [low, 0],
    [low, 16],
    [high, 0],
    [high, 16],
  ] as const) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[order[i]!]! >>> shift) & 0xffff]!++;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const j = order[i]!;
      next[counts[(keys[j]! >>> shift) & 0xffff]!++] = j;
    }
    [order, next] = [next, order];
  }
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) sorted[i] = values[order[i]!]!;
  return sorted;
}

function merged(parts: Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return sortTimes(out);
}

/**
 * P50 and P90 as PostgreSQL's percentile_cont computes them (the same floating-point steps, so
 * the same digits): interpolated between the two nearest ranks. Null when there is nothing to rank.
 */
export function percentiles(sorted: Float64Array): [number, number] | null {
  if (!sorted.length) return null;
  const at = (p: number) => {
    const position = p * (sorted.length - 1);
    const first = Math.floor(position);
    const second = Math.ceil(position);
    const low = sorted[first]!;
    if (second === first) return low;
    return low + (sorted[second]! - low) * (position - first);
  };
  return [at(0.5), at(0.9)];
}

/** One read-only transaction whose sorts (percentiles, the repeat window) stay in memory. */
async function readOnly(sql: Sql, text: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  const client = await sql.connect();
  try {
    await client.query("BEGIN READ ONLY");
    await client.query("SELECT set_config('work_mem', '64MB', true)");
    const { rows } = await client.query<Record<string, unknown>>(text, params);
    await client.query("COMMIT");
    return rows;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** Problems the knowledge base solved (the customer said so) in a plan's days and ranges. */
export async function planSelfService(sql: Sql, plan: SummaryPlan): Promise<number> {
  const params: unknown[] = [plan.stored];
  const live = rangeCondition("created_at", plan.live, params);
  const { rows } = await sql.query<{ n: number }>(
    `SELECT (coalesce((SELECT sum(self_service_solved) FROM analytics_days WHERE dimension = 'none' AND day = ANY ($1::date[])), 0)
           + (SELECT count(*) FROM self_service_outcomes WHERE solved AND (${live})))::int AS n`,
    params,
  );
  return rows[0]?.n ?? 0;
}

/** The bot's hand-off reasons of a plan, most frequent first (at most 20). */
export async function planHandoffReasons(sql: Sql, plan: SummaryPlan): Promise<{ reason: string; count: number }[]> {
  const params: unknown[] = [plan.stored];
  const live = rangeCondition("created_at", plan.live, params);
  const { rows } = await sql.query<{ reason: string; count: number }>(
    `SELECT reason, sum(n)::int AS count FROM (
       SELECT key AS reason, volume AS n FROM analytics_days WHERE dimension = 'handoff' AND day = ANY ($1::date[])
       UNION ALL
       SELECT handoff_reason, 1 FROM tickets WHERE handoff_reason IS NOT NULL AND (${live})
     ) x GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`,
    params,
  );
  return rows;
}

/**
 * Arrivals by weekday (1 Monday .. 7 Sunday) and hour in `timeZone`. A summarised day keeps its
 * arrivals per UTC quarter hour, and every time zone's offset is a whole number of quarter hours,
 * so each quarter falls in exactly one local hour.
 */
export async function planHeatmap(sql: Sql, plan: SummaryPlan, timeZone: string): Promise<{ weekday: number; hour: number; count: number }[]> {
  const params: unknown[] = [timeZone, plan.stored];
  const live = rangeCondition("created_at", plan.live, params);
  const { rows } = await sql.query<{ weekday: number; hour: number; count: number }>(
    `WITH arrivals AS (
       SELECT d.day + (q.i - 1) * interval '15 minutes' AS at, q.n
       FROM analytics_days d, unnest(d.arrivals) WITH ORDINALITY q(n, i)
       WHERE d.dimension = 'none' AND d.day = ANY ($2::date[]) AND q.n > 0
       UNION ALL
       SELECT created_at, 1 FROM tickets WHERE ${live}
     ), local AS (SELECT (at AT TIME ZONE 'UTC') AT TIME ZONE $1 AS local, n FROM arrivals)
     SELECT extract(isodow FROM local)::int AS weekday, extract(hour FROM local)::int AS hour, sum(n)::int AS count
     FROM local GROUP BY 1, 2 ORDER BY 1, 2`,
    params,
  );
  return rows;
}

// --- The job -------------------------------------------------------------------------------------

/** A day is summarised this long after it ended, when no transaction of that day can still commit. */
const SETTLE_MINUTES = 10;
/** Days summarised in one transaction while catching up on a long history. */
const DAYS_PER_BATCH = 31;
const JOB_LOCK = 72_707_370;

export interface SummaryRun {
  /** Days summarised for the first time, and again after a change. */
  built: number;
  rebuilt: number;
}

/**
 * Summarises every finished day not yet summarised, and again every day changed since (the job
 * "analytics-summary", once at a time across instances). Each batch runs in one repeatable-read
 * transaction: the change marks it clears are exactly those its snapshot saw, so a change that
 * commits meanwhile keeps its mark for the next run.
 */
export async function refreshDailySummaries(sql: Sql, now: Date): Promise<SummaryRun> {
  const cutoff = dayString(floorDay(new Date(now.getTime() - SETTLE_MINUTES * 60_000)));
  const run: SummaryRun = { built: 0, rebuilt: 0 };
  for (;;) {
    const client = await sql.connect();
    let more = false;
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
      const lock = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_xact_lock($1) AS ok", [JOB_LOCK]);
      if (!lock.rows[0]?.ok) {
        await client.query("ROLLBACK");
        return run;
      }
      await client.query("SELECT set_config('work_mem', '64MB', true)");
      // The cut-off by the desk's clock and by the database's, whichever is earlier (they agree in
      // production; tests move the desk's clock).
      const limit = `least($1::date, ((clock_timestamp() AT TIME ZONE 'UTC') - interval '${SETTLE_MINUTES} minutes')::date)`;
      const stale = await client.query<{ id: string; day: string }>(`SELECT id::text, day::text FROM analytics_stale_days WHERE day < ${limit}`, [cutoff]);
      const missing = await client.query<{ day: string }>(
        `SELECT g::date::text AS day
         FROM generate_series((SELECT min(created_at)::date FROM tickets), ${limit} - 1, interval '1 day') g
         WHERE NOT EXISTS (SELECT 1 FROM analytics_days d WHERE d.day = g::date AND d.dimension = 'none' AND d.key = '')`,
        [cutoff],
      );
      const unsummarised = new Set(missing.rows.map((r) => r.day));
      const due = [...new Set([...unsummarised, ...stale.rows.map((r) => r.day)])].sort();
      const days = due.slice(0, DAYS_PER_BATCH);
      more = due.length > days.length;
      if (days.length) await buildDays(client, days);
      const cleared = stale.rows.filter((r) => days.includes(r.day)).map((r) => r.id);
      if (cleared.length) await client.query(`DELETE FROM analytics_stale_days WHERE id = ANY ($1::bigint[])`, [cleared]);
      await client.query("COMMIT");
      const built = days.filter((d) => unsummarised.has(d)).length;
      run.built += built;
      run.rebuilt += days.length - built;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
    if (!more) break;
  }
  // A first summary of a long history fills the table at once: the planner learns of it now,
  // not when autovacuum gets round to it.
  if (run.built > DAYS_PER_BATCH) await sql.query("ANALYZE analytics_days");
  return run;
}

/** Replaces the summaries of `days` with what their tickets say now. */
async function buildDays(client: pg.PoolClient, days: string[]): Promise<void> {
  const ranges = coalesceRanges(days.map((d) => ({ from: new Date(`${d}T00:00:00Z`), to: new Date(new Date(`${d}T00:00:00Z`).getTime() + DAY) })));
  await client.query(`DELETE FROM analytics_days WHERE day = ANY ($1::date[])`, [days]);
  const params: unknown[] = [];
  const facts = factsSql(ranges, params);
  const splits = DIMENSIONS.filter((d) => d !== "none");
  const grouped = (d: Dimension) => DIMENSION_KEY[d];
  await client.query(
    `WITH ${facts}
     INSERT INTO analytics_days (day, dimension, key, ${SUM_COLUMNS.join(", ")}, frt, resolution)
     SELECT day,
       CASE ${splits.map((d) => `WHEN GROUPING(${grouped(d)}) = 0 THEN '${d}'`).join(" ")} ELSE 'none' END,
       coalesce(${splits.map((d) => `CASE WHEN GROUPING(${grouped(d)}) = 0 THEN ${grouped(d)} END`).join(", ")}, ''),
       ${FACT_SUMS}
     FROM c
     GROUP BY GROUPING SETS ((day), ${splits.map((d) => `(day, ${grouped(d)})`).join(", ")})
     HAVING GROUPING(c.handoff_reason) = 1 OR c.handoff_reason IS NOT NULL`,
    params,
  );
  // A day without tickets is summarised too (all zeros), so it is read rather than recomputed.
  await client.query(
    `INSERT INTO analytics_days (day, dimension, key, ${SUM_COLUMNS.join(", ")}, frt, resolution)
     SELECT d::date, 'none', '', ${SUM_COLUMNS.map(() => "0").join(", ")}, '{}', '{}' FROM unnest($1::date[]) d
     ON CONFLICT DO NOTHING`,
    [days],
  );
  const dayParams: unknown[] = [days];
  const inDays = rangeCondition("created_at", ranges, dayParams);
  await client.query(
    `WITH q AS (
       SELECT created_at::date AS day,
              floor(extract(epoch FROM created_at - date_trunc('day', created_at)) / 900)::int AS i, count(*)::int AS n
       FROM tickets WHERE ${inDays} GROUP BY 1, 2
     ), a AS (
       SELECT d::date AS day, array_agg(coalesce(q.n, 0) ORDER BY i.i) AS arrivals
       FROM unnest($1::date[]) d CROSS JOIN generate_series(0, 95) i(i) LEFT JOIN q ON q.day = d::date AND q.i = i.i
       GROUP BY 1
     ), ss AS (
       SELECT created_at::date AS day, count(*)::int AS n FROM self_service_outcomes WHERE solved AND (${inDays}) GROUP BY 1
     )
     UPDATE analytics_days x SET arrivals = a.arrivals, self_service_solved = coalesce(ss.n, 0)
     FROM a LEFT JOIN ss ON ss.day = a.day
     WHERE x.day = a.day AND x.dimension = 'none' AND x.key = ''`,
    dayParams,
  );
}
