// The two queries the SLA engine lives on, on a big table: "what is due now" (the sweep) and
// "next ticket for this agent". Measured at 100,000 and at 1,000,000 tickets (10% open) to show
// they stay flat as the table grows; EXPLAIN of each is printed for the record.
import pg from "pg";
import { benchDatabase } from "./support/database.js";
import { prepareBenchDatabase } from "./support/desk.js";
import { percentile, round, type Benchmark, type BenchRow } from "./types.js";

const ITERATIONS = 400;
const DUE_QUERY = `SELECT id FROM tickets
  WHERE next_sla_check_at IS NOT NULL AND next_sla_check_at <= $1
  ORDER BY next_sla_check_at LIMIT 200 FOR UPDATE SKIP LOCKED`;
const NEXT_QUERY = `SELECT t.id, t.number FROM staff_queues sq
  CROSS JOIN LATERAL (
    SELECT id, number, queue_rank, created_at, topic_rank FROM tickets
    WHERE queue_id = sq.queue_id AND assignee_id IS NULL AND status IN ('new', 'in_progress')
    ORDER BY queue_rank, created_at LIMIT 1) t
  WHERE sq.staff_id = $1
  ORDER BY t.queue_rank, t.created_at, t.topic_rank, t.id LIMIT 1`;

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

async function measure(client: pg.Client, agents: number[]): Promise<{ sweep: number[]; next: number[] }> {
  const sweep: number[] = [];
  const next: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    await client.query("BEGIN");
    const t0 = performance.now();
    await client.query(DUE_QUERY, [new Date()]);
    sweep.push(performance.now() - t0);
    await client.query("ROLLBACK");
    const t1 = performance.now();
    await client.query(NEXT_QUERY, [agents[i % agents.length]]);
    next.push(performance.now() - t1);
  }
  return { sweep: sweep.sort((a, b) => a - b), next: next.sort((a, b) => a - b) };
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
      await addTickets(client, 100_000, customers);
      const small = await measure(client, agents);
      console.error(`sla: 100k tickets: sweep p99 ${round(percentile(small.sweep, 99), 2)} ms, next p99 ${round(percentile(small.next, 99), 2)} ms`);
      await addTickets(client, 900_000, customers);
      const big = await measure(client, agents);
      const open = (await client.query("SELECT count(*)::int AS n FROM tickets WHERE status IN ('new','in_progress','waiting_customer')")).rows[0].n;
      const total = (await client.query("SELECT count(*)::int AS n FROM tickets")).rows[0].n;
      console.error(
        `sla: ${total} tickets (${open} open): sweep p50 ${round(percentile(big.sweep, 50), 2)} p99 ${round(percentile(big.sweep, 99), 2)} ms; next p50 ${round(percentile(big.next, 50), 2)} p99 ${round(percentile(big.next, 99), 2)} ms`,
      );
      for (const [name, sql, params] of [
        ["sweep", DUE_QUERY, [new Date()]],
        ["next ticket", NEXT_QUERY, [agents[0]]],
      ] as const) {
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, [...params]);
        console.error(`\nEXPLAIN ${name}:\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
      }
      out.push(
        { name: "sla_sweep_p50_ms", value: round(percentile(big.sweep, 50), 2), unit: "ms", target: "< 20" },
        { name: "sla_sweep_p99_ms", value: round(percentile(big.sweep, 99), 2), unit: "ms", target: "< 20" },
        { name: "sla_sweep_100k_p99_ms", value: round(percentile(small.sweep, 99), 2), unit: "ms", target: "~ sla_sweep_p99_ms" },
        { name: "next_ticket_p50_ms", value: round(percentile(big.next, 50), 2), unit: "ms", target: "< 20" },
        { name: "next_ticket_p99_ms", value: round(percentile(big.next, 99), 2), unit: "ms", target: "< 20" },
        { name: "next_ticket_100k_p99_ms", value: round(percentile(small.next, 99), 2), unit: "ms", target: "~ next_ticket_p99_ms" },
      );
      return out;
    } finally {
      await client.end().catch(() => undefined);
      await db.drop();
    }
  },
};
