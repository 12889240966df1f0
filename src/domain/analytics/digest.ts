import type { Db, DbClient } from "../../db/index.js";
import { ruleEnabled } from "../automation/rules.js";
import type { Notifier } from "../notifications.js";
import type { Clock } from "../shared/clock.js";
import { staffAlertTargets, type AlertSettings } from "../staff/audience.js";
import { isReportDay, sendCommunityNumbers, sendKeyNumbers, sendWeeklyReport } from "./reports.js";
import type { Sql } from "../../db/index.js";
import type { Attachment } from "../tickets/types.js";
import { chartAttachment, recentVolumes, volumeChartPng } from "./volume-chart.js";
import { ACTIVE_STATUSES } from "../tickets/statuses.js";

export interface DailyDigest {
  date: string;
  opened: number;
  resolved: number;
  autoResolved: number;
  unanswered: number;
  breached: number;
  csat: number | null;
  ratings: number;
  busiestTopic: string | null;
}

/** The day's figures for the staff alert chat: the 24 hours up to `until`. */
export async function dailyDigest(db: DbClient, until: Date): Promise<DailyDigest> {
  const since = new Date(until.getTime() - 24 * 3_600_000);
  const [opened, resolved, autoResolved, unanswered, breached, csat, topics] = await Promise.all([
    db.ticket.count({ where: { createdAt: { gte: since, lt: until } } }),
    db.ticket.count({ where: { resolvedAt: { gte: since, lt: until } } }),
    db.selfServiceOutcome.count({ where: { solved: true, createdAt: { gte: since, lt: until } } }),
    db.ticket.count({ where: { status: { in: [...ACTIVE_STATUSES] }, firstRespondedAt: null } }),
    db.ticketEvent.count({ where: { type: { in: ["sla-first-response-breach", "sla-resolution-breach"] }, createdAt: { gte: since, lt: until } } }),
    db.rating.aggregate({ where: { csat: { not: null }, createdAt: { gte: since, lt: until } }, _avg: { csat: true }, _count: { csat: true } }),
    db.ticket.groupBy({
      by: ["topic"],
      where: { createdAt: { gte: since, lt: until } },
      _count: { topic: true },
      orderBy: { _count: { topic: "desc" } },
      take: 1,
    }),
  ]);
  return {
    date: until.toISOString().slice(0, 10),
    opened,
    resolved,
    autoResolved,
    unanswered,
    breached,
    csat: csat._avg.csat === null ? null : Math.round(csat._avg.csat * 100) / 100,
    ratings: csat._count.csat,
    busiestTopic: topics[0]?.topic ?? null,
  };
}

/**
 * Sends the digest to the staff alert chat (or supervisors and admins), unless switched off; with
 * `sql`, as the caption of a chart of the last two weeks' tickets per day (in each recipient's
 * language), followed by the key numbers with their change, the community's figures when the
 * desk has a group, and on Mondays the weekly contact reasons.
 */
export async function sendDailyDigest(deps: {
  db: Db;
  sql?: Sql;
  timeZone?: string;
  clock: Clock;
  notifier: Notifier;
  settings: AlertSettings;
}): Promise<DailyDigest | null> {
  if (!(await ruleEnabled(deps.db, "daily-digest"))) return null;
  const now = deps.clock.now();
  const d = await dailyDigest(deps.db, now);
  const vars = {
    date: d.date,
    opened: d.opened,
    resolved: d.resolved,
    auto: d.autoResolved,
    unanswered: d.unanswered,
    breached: d.breached,
    csat: d.csat === null ? "—" : d.csat.toFixed(2),
    ratings: d.ratings,
    topic: d.busiestTopic ?? "—",
  };
  // The chart is drawn before the transaction (a second or two with the CJK fonts), once per language.
  const charts = new Map<string, Attachment>();
  if (deps.sql) {
    const volumes = await recentVolumes(deps.sql, now, deps.timeZone ?? "UTC");
    for (const r of await staffAlertTargets(deps.db, deps.settings)) {
      if (!charts.has(r.languageCode)) charts.set(r.languageCode, chartAttachment(volumeChartPng(volumes, r.languageCode)));
    }
  }
  await deps.db.$transaction(async (tx) => {
    for (const r of await staffAlertTargets(tx, deps.settings)) {
      const chart = charts.get(r.languageCode);
      if (chart) {
        await deps.notifier.sendContent(tx, r, { template: { key: "digest-with-chart", vars }, attachments: [chart] }, { kind: "digest" });
      } else {
        await deps.notifier.send(tx, r, { key: "digest", vars });
      }
    }
  });
  if (deps.sql) {
    const reportDeps = { ...deps, sql: deps.sql, timeZone: deps.timeZone ?? "UTC" };
    await sendKeyNumbers(reportDeps, now);
    await sendCommunityNumbers(reportDeps, now);
    if (isReportDay(now, reportDeps.timeZone)) await sendWeeklyReport(reportDeps, now);
  }
  return d;
}
