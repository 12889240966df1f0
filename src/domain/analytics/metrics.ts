import { z } from "zod";
import type { DbClient, Sql } from "../../db/index.js";
import { communityFigures } from "../community/community.js";
import { ValidationError } from "../shared/errors.js";
import { planHandoffReasons, planHeatmap, planPeriod, planSelfService, planSums, type SummaryPlan } from "./daily-summary.js";

// The support numbers, defined once. The Mini App's Numbers and Agents pages, their CSV export and
// the daily digest in Telegram all read `deskNumbers`, so they agree to the digit. The exact
// formulas are in the README ("The numbers"); keep the two in step.
//
// Every ticket figure is over one cohort: the tickets CREATED in the period [from, to). A ticket
// opened on the 3rd and resolved on the 5th counts in the period holding the 3rd, for every
// figure, so that the rates of one period are shares of the same set of tickets. The per-ticket
// facts each figure reads are defined in daily-summary.ts, which also keeps them per day so that
// a long period reads summaries rather than every ticket.

export const SPLITS = ["none", "queue", "topic", "language", "agent", "channel"] as const;
export type Split = (typeof SPLITS)[number];

export const PERIODS = ["today", "7d", "30d", "custom"] as const;
export type PeriodName = (typeof PERIODS)[number];

export interface Period {
  from: Date;
  to: Date;
}

export { REPEAT_WINDOW_DAYS } from "./daily-summary.js";

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
  /** The support group's figures over the same period (community module); null when not asked for. */
  community: CommunityNumbers | null;
}

export interface CommunityNumbers {
  /** Group messages judged: let through, spam and held back by the newcomer rules. */
  messages: number;
  spam: number;
  blocked: number;
  /** spam / messages; null without messages. The goal is below 0.5%. */
  spamShare: number | null;
  previousSpamShare: number | null;
  captchaStarted: number;
  /** passed / finished captchas. */
  captchaPassRate: number | null;
  questions: number;
  questionsTurnedIntoTickets: number;
  reports: number;
}

async function communityNumbers(db: DbClient, period: Period, previous: Period): Promise<CommunityNumbers> {
  const [c, before] = await Promise.all([
    communityFigures(db, { since: period.from, until: period.to }),
    communityFigures(db, { since: previous.from, until: previous.to }),
  ]);
  return {
    messages: c.messages,
    spam: c.spam,
    blocked: c.blocked,
    spamShare: c.messages ? c.spamShare : null,
    previousSpamShare: before.messages ? before.spamShare : null,
    captchaStarted: c.captchaStarted,
    captchaPassRate: c.captchaPassRate,
    questions: c.questions,
    questionsTurnedIntoTickets: c.questionsTurnedIntoTickets,
    reports: c.reports,
  };
}

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

/** A split's per-day dimension (analytics_days.dimension). */
const DIMENSION_OF: Record<Split, "none" | "queue" | "topic" | "language" | "agent" | "channel"> = {
  none: "none",
  queue: "queue",
  topic: "topic",
  language: "language",
  agent: "agent",
  channel: "channel",
};

/** The figures of a plan's tickets (see planPeriod), in total and per value of the split. */
async function planFigures(sql: Sql, plan: SummaryPlan, split: Split): Promise<{ totals: Figures; rows: { key: string; figures: Figures }[] }> {
  const rows = await planSums(sql, plan, DIMENSION_OF[split]);
  const total = rows.find((r: Row) => Number(r["total"]) === 1);
  return {
    totals: figuresOf(total),
    rows:
      split === "none"
        ? []
        : rows
            .filter((r: Row) => Number(r["total"]) === 0)
            .map((r: Row) => ({ key: r["key"] === null || r["key"] === "" ? "—" : String(r["key"]), figures: figuresOf(r) })),
  };
}

export interface NumbersOptions {
  /** False reads every ticket of the period (the reference the summaries are tested against). */
  summaries?: boolean;
  /** With the Prisma client, the community's figures come along. */
  db?: DbClient;
}

/** The figures of the tickets created in `period`, in total and per value of the split. */
export async function cohortFigures(
  sql: Sql,
  period: Period,
  split: Split,
  options: NumbersOptions = {},
): Promise<{ totals: Figures; rows: { key: string; figures: Figures }[] }> {
  return planFigures(sql, await planPeriod(sql, period, options.summaries ?? true), split);
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
export async function deskNumbers(sql: Sql, period: Period, split: Split, timeZone: string, options: NumbersOptions = {}): Promise<DeskNumbers> {
  const prev = previousPeriod(period);
  const useSummaries = options.summaries ?? true;
  const [plan, prevPlan] = await Promise.all([planPeriod(sql, period, useSummaries), planPeriod(sql, prev, useSummaries)]);
  const [current, previous, solved, prevSolved, reasons, heat, names, community] = await Promise.all([
    planFigures(sql, plan, split),
    planFigures(sql, prevPlan, "none"),
    planSelfService(sql, plan),
    planSelfService(sql, prevPlan),
    planHandoffReasons(sql, plan),
    planHeatmap(sql, plan, timeZone),
    labels(sql, split),
    options.db ? communityNumbers(options.db, period, prev) : null,
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
    handoffReasons: reasons,
    heatmap: heat,
    community,
  };
}

/** Relative change of a figure against the previous period (null when there is nothing to compare). */
export function change(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}
