import type { Db, Sql } from "../../db/index.js";
import type { Notifier } from "../notifications.js";
import type { Clock } from "../shared/clock.js";
import { staffAlertTargets, type AlertSettings } from "../staff/audience.js";
import { change, cohortFigures, type Figures } from "./metrics.js";
import { communityFigures } from "../community/community.js";

// What the daily digest adds from the numbers (the same definitions as the Numbers page), and
// the weekly report of contact reasons that feeds product fixes. Both go to the staff alert chat.

const DAY = 86_400_000;

export interface ReportDeps {
  db: Db;
  sql: Sql;
  clock: Clock;
  notifier: Notifier;
  settings: AlertSettings;
  /** The desk's time zone: the weekly report goes out with Monday's digest there. */
  timeZone: string;
}

/** "+12%", "−5%", "±0%", or "—" when there is nothing to compare with. */
export function signedChange(current: number | null, previous: number | null): string {
  const c = change(current, previous);
  if (c === null) return "—";
  const pct = Math.round(c * 100);
  return pct === 0 ? "±0%" : pct > 0 ? `+${pct}%` : `−${Math.abs(pct)}%`;
}

const minutes = (s: number | null) => (s === null ? "—" : String(Math.round(s / 60)));
const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

export interface KeyNumbers {
  current: Figures;
  previous: Figures;
  vars: Record<string, string | number>;
}

/** The digest's key numbers: the 24 hours up to `until` against the 24 hours before. */
export async function keyNumbers(sql: Sql, until: Date): Promise<KeyNumbers> {
  const day = { from: new Date(until.getTime() - DAY), to: until };
  const before = { from: new Date(until.getTime() - 2 * DAY), to: day.from };
  const [{ totals: current }, { totals: previous }] = await Promise.all([cohortFigures(sql, day, "none"), cohortFigures(sql, before, "none")]);
  return {
    current,
    previous,
    vars: {
      volume: current.volume,
      volumeChange: signedChange(current.volume, previous.volume),
      frt: minutes(current.frtP50),
      frtChange: signedChange(current.frtP50, previous.frtP50),
      frt90: minutes(current.frtP90),
      sla: pct(current.slaMet),
      slaChange: signedChange(current.slaMet, previous.slaMet),
      csat: current.csat === null ? "—" : current.csat.toFixed(2),
      csatChange: signedChange(current.csat, previous.csat),
      fcr: pct(current.fcr),
      fcrChange: signedChange(current.fcr, previous.fcr),
      repeat: pct(current.repeatRate),
      handoff: pct(current.handoffRate),
    },
  };
}

export async function sendKeyNumbers(deps: ReportDeps, until: Date): Promise<KeyNumbers> {
  const k = await keyNumbers(deps.sql, until);
  await deps.db.$transaction(async (tx) => {
    for (const r of await staffAlertTargets(tx, deps.settings)) await deps.notifier.send(tx, r, { key: "digest-numbers", vars: k.vars });
  });
  return k;
}

/**
 * The community's figures of the last 24 hours (spam share against the 24 hours before), to the
 * staff alert chat; nothing for a desk without a group or a quiet day there.
 */
export async function sendCommunityNumbers(deps: ReportDeps, until: Date): Promise<boolean> {
  const day = { since: new Date(until.getTime() - DAY), until };
  const [c, before] = await Promise.all([
    communityFigures(deps.db, day),
    communityFigures(deps.db, { since: new Date(until.getTime() - 2 * DAY), until: day.since }),
  ]);
  if (!c.messages && !c.captchaStarted && !c.questions && !c.reports) return false;
  const vars = {
    messages: c.messages,
    spam: c.spam,
    spamShare: c.messages ? `${(c.spamShare * 100).toFixed(2)}%` : "—",
    spamChange: signedChange(c.messages ? c.spamShare : null, before.messages ? before.spamShare : null),
    blocked: c.blocked,
    captchaPass: pct(c.captchaPassRate),
    captchaStarted: c.captchaStarted,
    questions: c.questions,
    turned: c.questionsTurnedIntoTickets,
    reports: c.reports,
  };
  await deps.db.$transaction(async (tx) => {
    for (const r of await staffAlertTargets(tx, deps.settings)) await deps.notifier.send(tx, r, { key: "digest-community", vars });
  });
  return true;
}

export interface ReasonTrend {
  topic: string;
  count: number;
  previous: number;
}

export interface WeeklyReasons {
  from: string;
  to: string;
  total: number;
  topics: ReasonTrend[];
  handoffs: ReasonTrend[];
}

/** Contact reasons (topics) and the bot's hand-off reasons of the 7 days up to `until`, with the week before. */
export async function weeklyReasons(sql: Sql, until: Date): Promise<WeeklyReasons> {
  const from = new Date(until.getTime() - 7 * DAY);
  const before = new Date(until.getTime() - 14 * DAY);
  const trend = (column: string) =>
    sql.query<{ key: string; count: number; previous: number }>(
      `SELECT ${column} AS key,
              count(*) FILTER (WHERE created_at >= $2::timestamp)::int AS count,
              count(*) FILTER (WHERE created_at < $2::timestamp)::int AS previous
       FROM tickets WHERE created_at >= $1::timestamp AND created_at < $3::timestamp AND ${column} IS NOT NULL
       GROUP BY 1 ORDER BY 2 DESC, 3 DESC, 1`,
      [before.toISOString(), from.toISOString(), until.toISOString()],
    );
  const [topics, handoffs] = await Promise.all([trend("topic"), trend("handoff_reason")]);
  const rows = (r: { rows: { key: string; count: number; previous: number }[] }) => r.rows.map((x) => ({ topic: x.key, count: x.count, previous: x.previous }));
  const t = rows(topics);
  return {
    from: from.toISOString().slice(0, 10),
    to: until.toISOString().slice(0, 10),
    total: t.reduce((s, x) => s + x.count, 0),
    topics: t,
    handoffs: rows(handoffs),
  };
}

/** The weekly report: the three biggest contact reasons with their trend, and the top hand-off reason. */
export async function sendWeeklyReport(deps: ReportDeps, until: Date): Promise<WeeklyReasons> {
  const w = await weeklyReasons(deps.sql, until);
  const top = (i: number) => w.topics[i];
  const vars: Record<string, string | number> = {
    from: w.from,
    to: w.to,
    total: w.total,
    handoff: w.handoffs[0]?.topic ?? "none",
    handoffCount: w.handoffs[0]?.count ?? 0,
  };
  for (const i of [0, 1, 2]) {
    vars[`topic${i + 1}`] = top(i)?.topic ?? "none";
    vars[`count${i + 1}`] = top(i)?.count ?? 0;
    vars[`change${i + 1}`] = top(i) ? signedChange(top(i)!.count, top(i)!.previous) : "—";
  }
  await deps.db.$transaction(async (tx) => {
    for (const r of await staffAlertTargets(tx, deps.settings)) await deps.notifier.send(tx, r, { key: "weekly-reasons", vars });
  });
  return w;
}

/** Monday in the desk's time zone: the weekly report goes out with that day's digest. */
export function isReportDay(at: Date, timeZone: string): boolean {
  return new Intl.DateTimeFormat("en-US", { weekday: "short", timeZone }).format(at) === "Mon";
}
