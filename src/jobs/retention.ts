import type { Logger } from "pino";
import type { Sql } from "../db/sql.js";
import { retentionMetrics } from "../metrics/registry.js";

// Tables that grow with traffic are trimmed by one job that runs once across all instances (a
// pg-boss schedule, see runner.ts). Deletes go in small batches so that no statement holds many
// row locks or a long transaction on a busy desk. What is kept, and for how long by default:
// - outbox_messages sent or given up: 30 days (agents reply to their copies of messages through
//   these rows, and a ticket's delivery history is read from them while it is worked on);
// - update_inbox done: 24 hours (enough to recognise Telegram's repeats of an update; Telegram
//   restarts update_id at a random value after a week without updates, so nothing is kept longer);
// - kb_search_misses: 180 days (the editors' report looks back 30 days by default);
// - community_events (joins, captchas, spam removed): 180 days (the numbers compare a period of up
//   to 90 days with the one before it; older moderation detail is not needed);
// - telegram_rate_chats: chat slots 10 minutes past (they only space a chat's next message);
// - audit_log: kept (0) unless AUDIT_RETENTION_DAYS is set: what staff did is evidence.
// Unfinished intakes are ended by the SLA sweep (INTAKE_IDLE_MINUTES); tickets, their messages
// and events are the desk's records and are not trimmed here (customers' data is erased on request).

export interface RetentionPolicy {
  outboxDays: number;
  inboxHours: number;
  kbMissDays: number;
  communityEventDays: number;
  auditDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { outboxDays: 30, inboxHours: 24, kbMissDays: 180, communityEventDays: 180, auditDays: 0 };

const BATCH = 5_000;

interface Rule {
  table: string;
  /** A WHERE clause over the table with $1 the cut-off interval in hours. */
  where: string;
  hours: number;
}

export async function runRetention(sql: Sql, policy: RetentionPolicy, log?: Logger): Promise<Record<string, number>> {
  const rules: Rule[] = [
    {
      table: "outbox_messages",
      where:
        "(sent_at < (now() AT TIME ZONE 'UTC') - make_interval(secs => $1::float8 * 3600)) OR (sent_at IS NULL AND failed_at < (now() AT TIME ZONE 'UTC') - make_interval(secs => $1::float8 * 3600))",
      hours: policy.outboxDays * 24,
    },
    {
      table: "update_inbox",
      where: "done_at IS NOT NULL AND done_at < (now() AT TIME ZONE 'UTC') - make_interval(secs => $1::float8 * 3600)",
      hours: policy.inboxHours,
    },
    { table: "kb_search_misses", where: "created_at < (now() AT TIME ZONE 'UTC') - make_interval(secs => $1::float8 * 3600)", hours: policy.kbMissDays * 24 },
    {
      table: "community_events",
      where: "created_at < (now() AT TIME ZONE 'UTC') - make_interval(secs => $1::float8 * 3600)",
      hours: policy.communityEventDays * 24,
    },
    { table: "audit_log", where: "created_at < (now() AT TIME ZONE 'UTC') - make_interval(secs => $1::float8 * 3600)", hours: policy.auditDays * 24 },
    // Stored as timestamptz: compared with now() itself.
    { table: "telegram_rate_chats", where: "next_at < now() - make_interval(secs => $1::float8 * 3600)", hours: 1 / 6 },
  ];
  const deleted: Record<string, number> = {};
  for (const rule of rules) {
    if (rule.hours <= 0) continue;
    const columns = rule.table === "telegram_rate_chats" ? "bucket, chat" : rule.table === "update_inbox" ? "update_id" : "id";
    let total = 0;
    for (;;) {
      const { rowCount } = await sql.query(
        `DELETE FROM ${rule.table} WHERE (${columns}) IN (SELECT ${columns} FROM ${rule.table} WHERE ${rule.where} LIMIT ${BATCH})`,
        [rule.hours],
      );
      total += rowCount ?? 0;
      if ((rowCount ?? 0) < BATCH) break;
    }
    deleted[rule.table] = total;
    if (total) retentionMetrics.deleted.inc({ table: rule.table }, total);
  }
  if (Object.values(deleted).some((n) => n > 0)) log?.info({ deleted }, "retention: old rows deleted");
  return deleted;
}
