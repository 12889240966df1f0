// The two queries the SLA engine lives on, on a big table: "what is due now" (the sweep) and
// "next ticket for this agent", run through the product's own functions (until 2026-11-30 the
// benchmark ran copies of their SQL). Measured at 100,000 and at 1,000,000 tickets (10% open) to
// show they stay flat as the table grows.
import pg from "pg";
import { benchDatabase } from "./support/database.js";
import { prepareBenchDatabase } from "./support/desk.js";
import { createPrismaClient, sharePool, type Db } from "../src/db/index.js";
import { createSqlPool } from "../src/db/sql.js";
import { nextTicketFor } from "../src/domain/routing/assignment.js";
import { findDueTickets } from "../src/domain/sla/sweep.js";
import { median, percentile, round, type Benchmark, type BenchRow } from "./types.js";

const ITERATIONS = 400;
const RUNS = 3;

/** Adds `count` tickets, 10% of them open with SLA checks spread over the next day. */
async function addTickets(client: pg.Client, count: number, customers: number) {
  await client.query(
    `INSERT INTO tickets (customer_id, topic, queue_id, priority, status, subject, language, first_response_due_at,
        resolution_due_at, eta_at, created_at, updated_at, queue_rank, topic_rank, assignee_id, next_sla_check_at, first_responded_at)
     SELECT 1 + (g % $2), (ARRAY['payment','account','feature','complaint','idea','other'])[1 + g % 6],
        q.id, 'normal', CASE WHEN g % 10 = 0 THEN (CASE WHEN g % 20 = 0 THEN 'new' ELSE 'in_progress' END)::"TicketStatus" ELSE 'closed'::"TicketStatus" END,
        'bench', 'en', now() + ((g % 1440) || ' minutes')::interval, now() + interval '1 day', now(),
        now() - ((g % 100000) || ' seconds')::interval, now(), (g % 5)::smallint, (g % 6)::smallint,
        NULL::int,
        CASE WHEN g % 10 = 0 THEN now() + ((g % 86400) || ' seconds')::interval - interval '2 minutes' ELSE NULL END,
        CASE WHEN g % 10 = 0 THEN NULL ELSE now() END
     FROM generate_series(1, $1) g
     JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM queues WHERE code IN ('L1','L2','VIP','SECURITY')) q ON q.i = (g / 10) % 4`,
    [count, customers],
  );
  await client.query("ANALYZE tickets");
}

/**
 * The product's own two queries (`findDueTickets`, as the sweep runs it in a transaction, and
 * `nextTicketFor`), ITERATIONS times each; three runs, each figure the median of the three.
 */
async function measure(db: Db, agents: number[]): Promise<{ sweepP50: number; sweepP99: number; nextP50: number; nextP99: number }> {
  const runs: Array<{ sweepP50: number; sweepP99: number; nextP50: number; nextP99: number }> = [];
  for (let run = 0; run < RUNS; run++) {
    const sweep: number[] = [];
    const next: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const t0 = performance.now();
      await db.$transaction((tx) => findDueTickets(tx, new Date(), 200));
      sweep.push(performance.now() - t0);
      const t1 = performance.now();
      await nextTicketFor(db, agents[i % agents.length]!);
      next.push(performance.now() - t1);
    }
    sweep.sort((x, y) => x - y);
    next.sort((x, y) => x - y);
    runs.push({ sweepP50: percentile(sweep, 50), sweepP99: percentile(sweep, 99), nextP50: percentile(next, 50), nextP99: percentile(next, 99) });
  }
  const pick = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
  return { sweepP50: pick("sweepP50"), sweepP99: pick("sweepP99"), nextP50: pick("nextP50"), nextP99: pick("nextP99") };
}

export const sla: Benchmark = {
  name: "sla",
  async run() {
    const db = await benchDatabase("sla");
    const client = new pg.Client({ connectionString: db.url });
    try {
      await prepareBenchDatabase(db.url);
      await client.connect();
      const customers = 100_000;
      await client.query(`INSERT INTO customers (telegram_id, first_name, updated_at) SELECT 5000000000 + g, 'C' || g, now() FROM generate_series(1, $1) g`, [
        customers,
      ]);
      const { rows } = await client.query<{ id: number }>(
        `WITH s AS (INSERT INTO staff_members (telegram_id, display_name, on_duty, updated_at)
           SELECT 6000000000 + g, 'Agent ' || g, true, now() FROM generate_series(1, 20) g RETURNING id)
         SELECT id FROM s`,
      );
      const agents = rows.map((r) => r.id);
      // Each agent works two queues.
      await client.query(
        `INSERT INTO staff_queues (staff_id, queue_id)
         SELECT s.id, q.id FROM unnest($1::int[]) WITH ORDINALITY s(id, n)
         JOIN (SELECT id, row_number() OVER (ORDER BY id) AS r FROM queues WHERE code IN ('L1','L2','VIP','SECURITY')) q
           ON q.r IN (1 + s.n % 4, 1 + (s.n + 1) % 4)`,
        [agents],
      );

      const out: BenchRow[] = [];
      // As the desk opens it: a Prisma client on the node-postgres pool it shares.
      const sql = createSqlPool(db.url, 4);
      const prisma = createPrismaClient(sql);
      sharePool(prisma, sql);
      try {
        await addTickets(client, 100_000, customers);
        const small = await measure(prisma, agents);
        console.error(`sla: 100k tickets: sweep p99 ${round(small.sweepP99, 2)} ms, next p99 ${round(small.nextP99, 2)} ms`);
        await addTickets(client, 900_000, customers);
        const big = await measure(prisma, agents);
        const open = (await client.query("SELECT count(*)::int AS n FROM tickets WHERE status IN ('new','in_progress','waiting_customer')")).rows[0].n;
        const total = (await client.query("SELECT count(*)::int AS n FROM tickets")).rows[0].n;
        console.error(
          `sla: ${total} tickets (${open} open): sweep p50 ${round(big.sweepP50, 2)} p99 ${round(big.sweepP99, 2)} ms; next p50 ${round(big.nextP50, 2)} p99 ${round(big.nextP99, 2)} ms`,
        );
        out.push(
          { name: "sla_sweep_p50_ms", value: round(big.sweepP50, 2), unit: "ms", target: "< 20" },
          { name: "sla_sweep_p99_ms", value: round(big.sweepP99, 2), unit: "ms", target: "< 20" },
          { name: "sla_sweep_100k_p99_ms", value: round(small.sweepP99, 2), unit: "ms", target: "~ sla_sweep_p99_ms" },
          { name: "next_ticket_p50_ms", value: round(big.nextP50, 2), unit: "ms", target: "< 20" },
          { name: "next_ticket_p99_ms", value: round(big.nextP99, 2), unit: "ms", target: "< 20" },
          { name: "next_ticket_100k_p99_ms", value: round(small.nextP99, 2), unit: "ms", target: "~ next_ticket_p99_ms" },
        );
      } finally {
        await prisma.$disconnect();
        await sql.end();
      }
      return out;
    } finally {
      await client.end().catch(() => undefined);
      await db.drop();
    }
  },
};
