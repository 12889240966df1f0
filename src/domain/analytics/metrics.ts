import { z } from "zod";
import type { Sql } from "../../db/index.js";
import { ValidationError } from "../shared/errors.js";

// The support numbers, defined once. The Mini App's Numbers and Agents pages, their CSV export and
// the daily digest in Telegram all read `deskNumbers`, so they agree to the digit. The exact
// formulas are in the README ("The numbers"); keep the two in step.
//
// Every ticket figure is over one cohort: the tickets CREATED in the period [from, to). A ticket
// opened on the 3rd and resolved on the 5th counts in the period holding the 3rd, for every
// figure, so that the rates of one period are shares of the same set of tickets.

export const SPLITS = ["none", "queue", "topic", "language", "agent", "channel"] as const;
export type Split = (typeof SPLITS)[number];

export const PERIODS = ["today", "7d", "30d", "custom"] as const;
export type PeriodName = (typeof PERIODS)[number];

export interface Period {
  from: Date;
  to: Date;
}

/** Days before a ticket's creation in which an earlier ticket of the same customer makes it a repeat. */
export const REPEAT_WINDOW_DAYS = 7;
/** Queue moves and hand-overs: a ticket that went through one was not solved at first contact. */
const MOVE_EVENTS = ["escalated", "transferred"];

export interface Figures {
  /** Tickets created in the period. */
  volume: number;
  /** Of them, answered by staff at least once / resolved (resolved_at set) now. */
  answered: number;
  resolved: number;
  /** Seconds from creation to the first staff answer, median and 90th percentile (answered tickets). */
  frtP50: number | null;
  frtP90: number | null;
  /** Seconds from creation to resolution (resolved tickets). */
  resolutionP50: number | null;
  resolutionP90: number | null;
  /** Share (0..1) of decided tickets (resolved, or breached) resolved with no SLA breach. */
  slaMet: number | null;
  /** Average CSAT (1..5) and how many gave one; response rate = csat answers / resolved. */
  csat: number | null;
  csatCount: number;
  csatResponseRate: number | null;
  /** NPS (-100..100) = % promoters (9-10) - % detractors (0-6); response rate = nps answers / resolved. */
  nps: number | null;
  npsCount: number;
  npsResponseRate: number | null;
  /** Resolved, never reopened, never moved to another queue or agent / resolved. */
  fcr: number | null;
  /** Tickets whose customer opened another one in the 7 days before / volume. */
  repeatRate: number | null;
  /** Tickets reopened at least once / tickets ever resolved (resolved now, or reopened). */
  reopenRate: number | null;
  /** Tickets the bot handed to people for a stated reason (stop word, unmatched, ...) / volume. */
  handoffRate: number | null;
}

export interface SplitRow extends Figures {
  /** The split's value: queue code, topic, language, agent id, channel ("bot", "miniapp"). */
  key: string;
  /** A readable name (queue name, agent display name); the key otherwise. */
  label: string;
}

export interface DeskNumbers {
  period: { from: string; to: string };
  previous: { from: string; to: string };
  split: Split;
  totals: Figures;
  previousTotals: Figures;
  rows: SplitRow[];
  /** Problems solved by the knowledge base (the customer said "solved") / (those + tickets created). */
  selfService: { solved: number; share: number | null; previousShare: number | null };
  handoffReasons: { reason: string; count: number }[];
  /** Arrivals by weekday (1 Monday .. 7 Sunday) and hour (0..23), in the desk's time zone. */
  heatmap: { weekday: number; hour: number; count: number }[];
}

const SPLIT_COLUMN: Record<Split, string> = {
  none: "NULL::text",
  queue: "c.queue_id::text",
  topic: "c.topic",
  language: "c.language",
  agent: "c.assignee_id::text",
  channel: "c.source",
};

export const numbersQuery = z
  .object({
    period: z.enum(PERIODS).default("7d"),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    split: z.enum(SPLITS).default("none"),
  })
  .strict();
export type NumbersQuery = z.infer<typeof numbersQuery>;

const DAY = 86_400_000;

/** today / 7d / 30d end now; "custom" is whole UTC days from..to inclusive (at most a year). */
export function periodOf(q: Pick<NumbersQuery, "period" | "from" | "to">, now: Date): Period {
  if (q.period === "custom") {
    if (!q.from || !q.to) throw new ValidationError("a custom period needs from and to (YYYY-MM-DD)");
    const from = new Date(`${q.from}T00:00:00Z`);
    const to = new Date(new Date(`${q.to}T00:00:00Z`).getTime() + DAY);
    if (!(to > from)) throw new ValidationError("the period ends before it starts");
    if (to.getTime() - from.getTime() > 366 * DAY) throw new ValidationError("a period is at most a year");
    return { from, to };
  }
  if (q.period === "today") return { from: new Date(Math.floor(now.getTime() / DAY) * DAY), to: now };
  const days = q.period === "7d" ? 7 : 30;
  return { from: new Date(now.getTime() - days * DAY), to: now };
}

export function previousPeriod(p: Period): Period {
  const length = p.to.getTime() - p.from.getTime();
  return { from: new Date(p.from.getTime() - length), to: p.from };
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * The cohort with everything each figure needs, in one pass over the period's tickets (index
 * tickets_created_at_idx). Events and ratings are read from the period's start on (a ticket's
 * events and rating never come before it), through their own created_at indexes.
 */
function cohortSql(split: Split): string {
  return `
WITH base AS (
  SELECT t.id, t.customer_id, t.created_at, t.topic, t.language, t.source, t.queue_id, t.assignee_id,
         t.first_responded_at, t.resolved_at, t.handoff_reason,
         (t.first_response_breached_at IS NOT NULL OR t.resolution_breached_at IS NOT NULL) AS breached,
         lag(t.created_at) OVER (PARTITION BY t.customer_id ORDER BY t.created_at, t.id) AS previous_at
  FROM tickets t
  WHERE t.created_at >= $1::timestamp - interval '${REPEAT_WINDOW_DAYS} days' AND t.created_at < $2::timestamp
),
ev AS (
  SELECT ticket_id, bool_or(type = 'reopened') AS reopened, bool_or(type <> 'reopened') AS moved
  FROM ticket_events
  WHERE type IN ('reopened', ${MOVE_EVENTS.map((e) => `'${e}'`).join(", ")}) AND created_at >= $1::timestamp
  GROUP BY ticket_id
),
rt AS (
  SELECT ticket_id, csat, nps FROM ratings WHERE created_at >= $1::timestamp
),
c AS (
  SELECT b.*, coalesce(ev.reopened, false) AS reopened, coalesce(ev.moved, false) AS moved, rt.csat, rt.nps
  FROM base b LEFT JOIN ev ON ev.ticket_id = b.id LEFT JOIN rt ON rt.ticket_id = b.id
  WHERE b.created_at >= $1::timestamp
)
SELECT ${split === "none" ? "NULL::text AS key, 1 AS total" : `${SPLIT_COLUMN[split]} AS key, GROUPING(${SPLIT_COLUMN[split]}) AS total`},
  count(*)::int AS volume,
  count(c.first_responded_at)::int AS answered,
  count(c.resolved_at)::int AS resolved,
  percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM c.first_responded_at - c.created_at)) AS frt,
  percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM c.resolved_at - c.created_at)) AS res,
  count(*) FILTER (WHERE c.resolved_at IS NOT NULL AND NOT c.breached)::int AS sla_met,
  count(*) FILTER (WHERE c.resolved_at IS NOT NULL OR c.breached)::int AS sla_decided,
  avg(c.csat)::float8 AS csat, count(c.csat)::int AS csat_count,
  count(c.nps)::int AS nps_count,
  count(*) FILTER (WHERE c.nps >= 9)::int AS promoters,
  count(*) FILTER (WHERE c.nps <= 6)::int AS detractors,
  count(*) FILTER (WHERE c.resolved_at IS NOT NULL AND NOT c.reopened AND NOT c.moved)::int AS fcr,
  count(*) FILTER (WHERE c.previous_at >= c.created_at - interval '${REPEAT_WINDOW_DAYS} days')::int AS repeats,
  count(*) FILTER (WHERE c.reopened)::int AS reopened,
  count(*) FILTER (WHERE c.resolved_at IS NOT NULL OR c.reopened)::int AS ever_resolved,
  count(c.handoff_reason)::int AS handoffs
FROM c
GROUP BY ${split === "none" ? "()" : `GROUPING SETS ((), (${SPLIT_COLUMN[split]}))`}`;
}

type Row = Record<string, unknown>;

/** percentile_cont over an array of fractions gives an array (null items when nothing to rank). */
const pick = (v: unknown, i: number) => (Array.isArray(v) ? num(v[i]) : null);

function figuresOf(r: Row | undefined): Figures {
  const n = (k: string) => Number(r?.[k] ?? 0);
  const volume = n("volume");
  const resolved = n("resolved");
  const npsCount = n("nps_count");
  const csatCount = n("csat_count");
  const csat = num(r?.["csat"]);
  return {
    volume,
    answered: n("answered"),
    resolved,
    frtP50: pick(r?.["frt"], 0),
    frtP90: pick(r?.["frt"], 1),
    resolutionP50: pick(r?.["res"], 0),
    resolutionP90: pick(r?.["res"], 1),
    slaMet: ratio(n("sla_met"), n("sla_decided")),
    csat: csat === null ? null : csat,
    csatCount,
    csatResponseRate: ratio(csatCount, resolved),
    nps: npsCount > 0 ? (100 * (n("promoters") - n("detractors"))) / npsCount : null,
    npsCount,
    npsResponseRate: ratio(npsCount, resolved),
    fcr: ratio(n("fcr"), resolved),
    repeatRate: ratio(n("repeats"), volume),
    reopenRate: ratio(n("reopened"), n("ever_resolved")),
    handoffRate: ratio(n("handoffs"), volume),
  };
}

export async function cohortFigures(sql: Sql, period: Period, split: Split): Promise<{ totals: Figures; rows: { key: string; figures: Figures }[] }> {
  const client = await sql.connect();
  let rows: Row[];
  try {
    // The cohort (a month of a big desk is ~100k rows) is sorted for the repeat window and the
    // percentiles: in memory, not on disk, for this query only.
    await client.query("BEGIN READ ONLY");
    await client.query("SELECT set_config('work_mem', '64MB', true)");
    rows = (await client.query(cohortSql(split), [period.from.toISOString(), period.to.toISOString()])).rows;
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
  const total = rows.find((r: Row) => Number(r["total"]) === 1 || split === "none");
  return {
    totals: figuresOf(total),
    rows:
      split === "none"
        ? []
        : rows.filter((r: Row) => Number(r["total"]) === 0).map((r: Row) => ({ key: r["key"] === null ? "—" : String(r["key"]), figures: figuresOf(r) })),
  };
}

async function selfServiceSolved(sql: Sql, p: Period): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM self_service_outcomes WHERE solved AND created_at >= $1::timestamp AND created_at < $2::timestamp`,
    [p.from.toISOString(), p.to.toISOString()],
  );
  return rows[0]?.n ?? 0;
}

/** Split keys as shown: queue id -> { key: code, label: name }, agent id -> name. */
async function labels(sql: Sql, split: Split): Promise<Map<string, { key: string; label: string }>> {
  if (split === "queue") {
    const { rows } = await sql.query<{ id: number; code: string; name: string }>(`SELECT id, code, name FROM queues`);
    return new Map(rows.map((r) => [String(r.id), { key: r.code, label: r.name }]));
  }
  if (split === "agent") {
    const { rows } = await sql.query<{ id: number; display_name: string }>(`SELECT id, display_name FROM staff_members`);
    return new Map(rows.map((r) => [String(r.id), { key: String(r.id), label: r.display_name }]));
  }
  return new Map();
}

/** Everything the Numbers page shows for one period and split (and the previous period's totals). */
export async function deskNumbers(sql: Sql, period: Period, split: Split, timeZone: string): Promise<DeskNumbers> {
  const prev = previousPeriod(period);
  const range = [period.from.toISOString(), period.to.toISOString()];
  const [current, previous, solved, prevSolved, reasons, heat, names] = await Promise.all([
    cohortFigures(sql, period, split),
    cohortFigures(sql, prev, "none"),
    selfServiceSolved(sql, period),
    selfServiceSolved(sql, prev),
    sql.query<{ reason: string; count: number }>(
      `SELECT handoff_reason AS reason, count(*)::int AS count FROM tickets
       WHERE created_at >= $1::timestamp AND created_at < $2::timestamp AND handoff_reason IS NOT NULL
       GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`,
      range,
    ),
    sql.query<{ weekday: number; hour: number; count: number }>(
      `SELECT extract(isodow FROM local)::int AS weekday, extract(hour FROM local)::int AS hour, count(*)::int AS count
       FROM (SELECT (created_at AT TIME ZONE 'UTC') AT TIME ZONE $3 AS local FROM tickets
             WHERE created_at >= $1::timestamp AND created_at < $2::timestamp) x
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [...range, timeZone],
    ),
    labels(sql, split),
  ]);
  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    previous: { from: prev.from.toISOString(), to: prev.to.toISOString() },
    split,
    totals: current.totals,
    previousTotals: previous.totals,
    rows: current.rows
      .map((r) => ({ key: names.get(r.key)?.key ?? r.key, label: names.get(r.key)?.label ?? r.key, ...r.figures }))
      .sort((a, b) => b.volume - a.volume || a.key.localeCompare(b.key)),
    selfService: {
      solved,
      share: ratio(solved, solved + current.totals.volume),
      previousShare: ratio(prevSolved, prevSolved + previous.totals.volume),
    },
    handoffReasons: reasons.rows,
    heatmap: heat.rows,
  };
}

/** Relative change of a figure against the previous period (null when there is nothing to compare). */
export function change(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}
