// The manager's desk on a big history: the 30-day Numbers page (every figure, split by queue, the
// previous period, hand-off reasons, heat map: what GET /api/staff/numbers computes) and the live
// board (what the SSE feed reads every 2 s), over 1,000,000 tickets spread across a year (about
// 82,000 in the last 30 days), 100,000 customers, ratings for a third of the resolved tickets,
// reopen and queue-move events, and a backlog of 2,500 open tickets. Generated with
// generate_series in a few statements. The per-day summaries are built once first (what the
// analytics-summary job does on a desk with that history) and that time is reported too. The
// page and board figures are the medians of three runs.
import { cpus, loadavg } from "node:os";
import pg from "pg";
import { createSqlPool } from "../src/db/sql.js";
import { liveBoard } from "../src/domain/analytics/board.js";
import { refreshDailySummaries } from "../src/domain/analytics/daily-summary.js";
import { deskNumbers, periodOf } from "../src/domain/analytics/metrics.js";
import { backendCpuMs } from "./support/backend-cpu.js";
import { benchDatabase } from "./support/database.js";
import { prepareBenchDatabase } from "./support/desk.js";
import { median, percentile, round, type Benchmark, type BenchRow } from "./types.js";

const TICKETS = 1_000_000;
const CUSTOMERS = 100_000;
const DASHBOARD_RUNS = 40;
const BOARD_RUNS = 200;
const RUNS = 3;

async function fill(client: pg.Client) {
  await client.query(`INSERT INTO customers (telegram_id, first_name, updated_at) SELECT 5000000000 + g, 'C' || g, now() FROM generate_series(1, $1) g`, [
    CUSTOMERS,
  ]);
  const { rows } = await client.query<{ id: number }>(
    `WITH s AS (INSERT INTO staff_members (telegram_id, display_name, on_duty, updated_at)
       SELECT 6000000000 + g, 'Agent ' || g, g <= 12, now() FROM generate_series(1, 20) g RETURNING id)
     SELECT id FROM s ORDER BY id`,
  );
  const agents = rows.map((r) => r.id);
  await client.query(
    `INSERT INTO staff_queues (staff_id, queue_id)
     SELECT s.id, q.id FROM unnest($1::int[]) WITH ORDINALITY s(id, n)
     JOIN (SELECT id, row_number() OVER (ORDER BY id) AS r FROM queues WHERE code IN ('L1','L2','VIP','SECURITY')) q ON q.r IN (1 + s.n % 4, 1 + (s.n + 1) % 4)`,
    [agents],
  );
  // g = 1 is the newest ticket, g = 1,000,000 a year old. The newest 5,000 hold the open backlog.
  await client.query(
    `INSERT INTO tickets (customer_id, topic, queue_id, priority, status, subject, language, source, handoff_reason,
        first_response_due_at, resolution_due_at, eta_at, first_responded_at, resolved_at, first_response_breached_at,
        created_at, updated_at, queue_rank, topic_rank, assignee_id)
     SELECT 1 + (g * 7) % $2, (ARRAY['payment','account','feature','complaint','idea','other'])[1 + g % 6], q.id, 'normal',
        CASE WHEN open THEN (CASE WHEN g % 4 = 0 THEN 'new' ELSE 'in_progress' END)::"TicketStatus" ELSE 'closed'::"TicketStatus" END,
        'bench', (ARRAY['en','ru','ko','az','ar','th','zh'])[1 + g % 7], CASE WHEN g % 4 = 0 THEN 'miniapp' ELSE 'bot' END,
        CASE g % 17 WHEN 0 THEN 'operator' WHEN 1 THEN 'unmatched' WHEN 2 THEN 'payment' ELSE NULL END,
        created + interval '15 minutes', created + interval '4 hours', created + interval '15 minutes',
        CASE WHEN g % 20 = 0 OR (open AND g % 4 = 0) THEN NULL ELSE created + ((g::bigint * 7919) % 3600) * interval '1 second' END,
        CASE WHEN NOT open AND g % 10 < 8 THEN created + ((g::bigint * 104729) % 86400) * interval '1 second' END,
        CASE WHEN g % 25 = 0 THEN created + interval '15 minutes' END,
        created, created, (g % 5)::smallint, (g % 6)::smallint,
        CASE WHEN open AND g % 4 = 0 THEN NULL ELSE ($3::int[])[1 + g % 20] END
     FROM (SELECT g, now()::timestamp - g * interval '31.536 seconds' AS created, (g <= 5000 AND g % 2 = 0) AS open
           FROM generate_series(1, $1) g) s
     JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM queues WHERE code IN ('L1','L2','VIP','SECURITY')) q ON q.i = s.g % 4`,
    [TICKETS, CUSTOMERS, agents],
  );
  await client.query(
    `INSERT INTO ratings (ticket_id, customer_id, staff_id, csat, nps, created_at, updated_at)
     SELECT id, customer_id, assignee_id, 1 + (id * 3) % 5, CASE WHEN id % 2 = 0 THEN (id * 7) % 11 END, resolved_at + interval '1 hour', resolved_at + interval '1 hour'
     FROM tickets WHERE resolved_at IS NOT NULL AND id % 3 = 0`,
  );
  await client.query(
    `INSERT INTO ticket_events (ticket_id, type, actor_type, data, created_at)
     SELECT id, CASE WHEN id % 33 = 0 THEN 'reopened' ELSE 'escalated' END, 'system', '{}', created_at + interval '30 minutes'
     FROM tickets WHERE id % 33 = 0 OR id % 20 = 1`,
  );
  await client.query(
    `INSERT INTO self_service_outcomes (customer_id, query, solved, created_at)
     SELECT 1 + g % $1, 'q', g % 3 <> 0, now()::timestamp - g * interval '315 seconds' FROM generate_series(1, 100000) g`,
    [CUSTOMERS],
  );
  await client.query("ANALYZE");
}

export const analytics: Benchmark = {
  name: "analytics",
  async run() {
    const db = await benchDatabase("analytics");
    const client = new pg.Client({ connectionString: db.url });
    const sql = createSqlPool(db.url, 6);
    try {
      await prepareBenchDatabase(db.url);
      await client.connect();
      const t0 = performance.now();
      await fill(client);
      console.error(`analytics: ${TICKETS} tickets generated in ${round((performance.now() - t0) / 1000)} s`);
      const b0 = performance.now();
      const built = await refreshDailySummaries(sql, new Date());
      const buildSeconds = (performance.now() - b0) / 1000;
      console.error(`analytics: ${built.built} days summarised in ${round(buildSeconds)} s`);
      const period = periodOf({ period: "30d" }, new Date());
      const last = await deskNumbers(sql, period, "queue", "UTC");
      const raw = await deskNumbers(sql, period, "queue", "UTC", { summaries: false });
      if (JSON.stringify(raw) !== JSON.stringify(last)) throw new Error("the numbers from summaries differ from the numbers from the tickets");
      console.error(`analytics: 30 days hold ${last.totals.volume} tickets; FRT P50 ${last.totals.frtP50} s, CSAT ${last.totals.csat}, FCR ${last.totals.fcr}`);
      // What a page costs, whatever else the machine is doing: this process's CPU and the
      // database's, per page.
      const database = new URL(db.url).pathname.slice(1);
      const runs: Array<{ dashP50: number; dashP99: number; cpu: number; boardP50: number; boardP99: number }> = [];
      for (let run = 0; run < RUNS; run++) {
        const [cpu0, dbCpu0] = [process.cpuUsage(), await backendCpuMs(client, database)];
        const dashboard: number[] = [];
        for (let i = 0; i < DASHBOARD_RUNS; i++) {
          const s = performance.now();
          await deskNumbers(sql, periodOf({ period: "30d" }, new Date()), (["queue", "agent", "topic", "language", "channel", "none"] as const)[i % 6]!, "UTC");
          dashboard.push(performance.now() - s);
        }
        const cpu = process.cpuUsage(cpu0);
        const pageCpuMs = ((cpu.user + cpu.system) / 1000 + (await backendCpuMs(client, database)) - dbCpu0) / DASHBOARD_RUNS;
        console.error(
          `analytics: a numbers page costs ${round(pageCpuMs)} ms of CPU (desk and database); machine load ${round(loadavg()[0]!, 1)} on ${cpus().length} cores`,
        );
        const board: number[] = [];
        for (let i = 0; i < BOARD_RUNS; i++) {
          const s = performance.now();
          await liveBoard(sql, new Date());
          board.push(performance.now() - s);
        }
        dashboard.sort((a, b) => a - b);
        board.sort((a, b) => a - b);
        const open = (await client.query("SELECT count(*)::int AS n FROM tickets WHERE status IN ('new','in_progress','waiting_customer')")).rows[0].n;
        console.error(
          `analytics: numbers p50 ${round(percentile(dashboard, 50))} p99 ${round(percentile(dashboard, 99))} ms; board (${open} open) p50 ${round(percentile(board, 50))} p99 ${round(percentile(board, 99))} ms`,
        );
        runs.push({
          dashP50: percentile(dashboard, 50),
          dashP99: percentile(dashboard, 99),
          cpu: pageCpuMs,
          boardP50: percentile(board, 50),
          boardP99: percentile(board, 99),
        });
      }
      const pick = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
      return [
        { name: "analytics_dashboard_p50_ms", value: round(pick("dashP50")), unit: "ms", target: "< 200" },
        { name: "analytics_dashboard_p99_ms", value: round(pick("dashP99")), unit: "ms", target: "< 200" },
        { name: "analytics_dashboard_cpu_ms", value: round(pick("cpu")), unit: "ms", target: "" },
        { name: "analytics_summary_build_ms", value: Math.round(buildSeconds * 1000), unit: "ms", target: "" },
        { name: "analytics_board_p50_ms", value: round(pick("boardP50")), unit: "ms", target: "< 50" },
        { name: "analytics_board_p99_ms", value: round(pick("boardP99")), unit: "ms", target: "< 50" },
      ] satisfies BenchRow[];
    } finally {
      await client.end().catch(() => undefined);
      await sql.end().catch(() => undefined);
      await db.drop();
    }
  },
};
