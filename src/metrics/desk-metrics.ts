import client from "prom-client";
import type { Sql } from "../db/sql.js";
import { OPEN_STATUSES } from "../domain/tickets/types.js";
import { processRegistry } from "./registry.js";

// The numbers read from PostgreSQL when /metrics is scraped. A few cheap, indexed queries, done at
// most once every few seconds however often (and by however many scrapers) it is asked.

export interface DeskMetrics {
  /** Prometheus text: this process's counters and the desk's state. */
  text(): Promise<string>;
  contentType: string;
}

interface Snapshot {
  outboxPending: number;
  outboxOldestAge: number;
  outboxFailedHour: number;
  inboxPending: number;
  inboxOldestAge: number;
  queues: Array<{ code: string; open: number; unassigned: number }>;
  slaHour: Array<{ type: string; n: number }>;
}

export function createDeskMetrics(o: { sql: Sql; cacheMs?: number }): DeskMetrics {
  const registry = new client.Registry();
  let cached: { at: number; snapshot: Promise<Snapshot> } | undefined;
  const snapshot = () => {
    const now = Date.now();
    if (!cached || now - cached.at > (o.cacheMs ?? 5_000)) {
      const p = read(o.sql);
      cached = { at: now, snapshot: p };
      // A failed read is not kept: the next scrape asks again.
      p.catch(() => (cached = undefined));
    }
    return cached.snapshot;
  };

  const gauge = (name: string, help: string, labelNames: string[], fill: (g: client.Gauge, s: Snapshot) => void) =>
    new client.Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        this.reset();
        fill(this, await snapshot());
      },
    });

  gauge("desk_outbox_pending", "Outbox messages not yet sent nor given up", [], (g, s) => g.set(s.outboxPending));
  gauge("desk_outbox_oldest_pending_age_seconds", "Age of the oldest pending outbox message (0 when none)", [], (g, s) => g.set(s.outboxOldestAge));
  gauge("desk_outbox_failed_last_hour", "Outbox messages given up on in the last hour (all instances)", [], (g, s) => g.set(s.outboxFailedHour));
  gauge("desk_inbox_pending", "Telegram updates stored and not yet handled", [], (g, s) => g.set(s.inboxPending));
  gauge("desk_inbox_oldest_pending_age_seconds", "Age of the oldest update waiting in the inbox (0 when none)", [], (g, s) => g.set(s.inboxOldestAge));
  gauge("desk_queue_open_tickets", "Open tickets per queue", ["queue"], (g, s) => s.queues.forEach((q) => g.set({ queue: q.code }, q.open)));
  gauge("desk_queue_unassigned_tickets", "Open tickets per queue with nobody assigned", ["queue"], (g, s) =>
    s.queues.forEach((q) => g.set({ queue: q.code }, q.unassigned)),
  );
  gauge("desk_sla_events_last_hour", "SLA events recorded in the last hour, by type (sla-warning, sla-breach, ...)", ["type"], (g, s) =>
    s.slaHour.forEach((e) => g.set({ type: e.type }, e.n)),
  );
  new client.Gauge({
    name: "desk_db_pool_connections",
    help: "This instance's database pool: open, idle, and requests waiting for a connection",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      this.set({ state: "total" }, o.sql.totalCount);
      this.set({ state: "idle" }, o.sql.idleCount);
      this.set({ state: "waiting" }, o.sql.waitingCount);
    },
  });

  return {
    contentType: registry.contentType,
    async text() {
      const [own, desk] = await Promise.all([processRegistry.metrics(), registry.metrics()]);
      return `${own.trimEnd()}\n${desk}`;
    },
  };
}

async function read(sql: Sql): Promise<Snapshot> {
  const ageOf = (col: string, table: string, where: string) =>
    `SELECT count(*)::int AS n, coalesce(extract(epoch FROM (now() AT TIME ZONE 'UTC') - min(${col})), 0)::float8 AS age FROM ${table} WHERE ${where}`;
  const [outbox, failed, inbox, queues, sla] = await Promise.all([
    sql.query<{ n: number; age: number }>(ageOf("created_at", "outbox_messages", "sent_at IS NULL AND failed_at IS NULL")),
    sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM outbox_messages WHERE sent_at IS NULL AND failed_at > (now() AT TIME ZONE 'UTC') - interval '1 hour'",
    ),
    sql.query<{ n: number; age: number }>(ageOf("received_at", "update_inbox", "done_at IS NULL")),
    sql.query<{ code: string; open: number; unassigned: number }>(
      `SELECT q.code, count(t.id)::int AS open, count(t.id) FILTER (WHERE t.assignee_id IS NULL)::int AS unassigned
         FROM queues q LEFT JOIN tickets t ON t.queue_id = q.id AND t.status::text = ANY($1::text[])
        GROUP BY q.code ORDER BY q.code`,
      [[...OPEN_STATUSES]],
    ),
    sql.query<{ type: string; n: number }>(
      "SELECT type, count(*)::int AS n FROM ticket_events WHERE type LIKE 'sla-%' AND created_at > (now() AT TIME ZONE 'UTC') - interval '1 hour' GROUP BY type",
    ),
  ]);
  return {
    outboxPending: outbox.rows[0]?.n ?? 0,
    outboxOldestAge: Math.max(0, outbox.rows[0]?.age ?? 0),
    outboxFailedHour: failed.rows[0]?.n ?? 0,
    inboxPending: inbox.rows[0]?.n ?? 0,
    inboxOldestAge: Math.max(0, inbox.rows[0]?.age ?? 0),
    queues: queues.rows,
    slaHour: sla.rows,
  };
}
