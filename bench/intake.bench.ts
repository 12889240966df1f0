// Customer messages turned into tickets end to end, through the desk as production runs it: its
// own process (src/main.ts, LOG_LEVEL=info), taking raw updates at its webhook (the emulator would
// be the bottleneck) from many distinct customers at once, each message a request a person must
// take ("operator ..."), measured until the receipt reaches a fake Bot API. Then a steady 40 a
// second, for the receipt's latency where it is not queueing time.
//
// The desk's CPU per ticket is its own process's (from its /metrics); the database's and this
// process's (the posting client and the fake Bot API) are reported beside it. Until 2026-11-30 the
// desk ran inside this process, and its CPU figure held the client's share too. Each figure is the
// median of three runs, each with customers of its own and an empty queue to begin with.
import pg from "pg";
import { startFakeBotApi } from "../tests/helpers/fake-bot-api.js";
import { backendCpuMs } from "./support/backend-cpu.js";
import { benchDatabase } from "./support/database.js";
import { deskProcessEnv, prepareBenchDatabase } from "./support/desk.js";
import { deskReading, METRICS_TOKEN } from "./support/desk-reading.js";
import { startInstances } from "./support/instances.js";
import { postCustomerMessage } from "./support/webhook-post.js";
import { median, percentile, round, type Benchmark } from "./types.js";

const SECRET = "bench-webhook-secret-0123456789";
const CUSTOMERS = Number(process.env.BENCH_INTAKE_CUSTOMERS ?? 3000);
const PACED_RATE = Number(process.env.BENCH_INTAKE_RATE ?? 40);
const PACED_COUNT = PACED_RATE * 10;
const CONCURRENCY = Number(process.env.BENCH_INTAKE_CONCURRENCY ?? 64);
const RUNS = 3;
const FIRST_ID = 10_000_000;
/** Each run's customers and update ids start this far after the previous run's. */
const RUN_STRIDE = 1_000_000;

interface Run {
  perSecond: number;
  deskCpuMs: number;
  dbCpuMs: number;
  clientCpuMs: number;
  saturatedP99: number;
  p50: number;
  p99: number;
}

export const intake: Benchmark = {
  name: "intake",
  async run() {
    const db = await benchDatabase("intake");
    const posted = new Map<number, number>();
    const latencies: number[] = [];
    let lastReceiptAt = 0;
    let expected = 0;
    let allReceipts: () => void = () => {};
    const api = await startFakeBotApi({
      onSend: ({ chatId, text, at }) => {
        const sentAt = posted.get(chatId);
        if (sentAt === undefined || !text.includes("Ticket <b>#")) return;
        latencies.push(at - sentAt);
        lastReceiptAt = at;
        if (latencies.length === expected) allReceipts();
      },
    });
    const client = new pg.Client({ connectionString: db.url });
    try {
      await prepareBenchDatabase(db.url);
      await client.connect();
      // Returning customers who already gave consent: the measured path is message -> ticket.
      for (let run = 0; run < RUNS; run++) {
        await client.query(
          `INSERT INTO customers (telegram_id, first_name, language_code, updated_at, consent_at)
           SELECT $1::bigint + g, 'Customer ' || g, 'en', now(), now() FROM generate_series(0, $2 - 1) g`,
          [FIRST_ID + run * RUN_STRIDE, CUSTOMERS + PACED_COUNT],
        );
      }
      await client.query("VACUUM (ANALYZE)");
      const desks = await startInstances(
        1,
        deskProcessEnv(db.url, api.url, {
          WEBHOOK_SECRET: SECRET,
          // The fake Bot API has no limits; Telegram's (about 30/s) would cap this at 30 receipts/s.
          OUTBOX_PER_SECOND: "1000",
          QUIET_HOURS: "none",
          // Production's default: each request and ticket logged (to /dev/null here, still formatted).
          LOG_LEVEL: "info",
          METRICS_TOKEN,
        }),
      );
      const url = desks.urls[0]!;
      const database = new URL(db.url).pathname.slice(1);
      const post = async (id: number, updateId: number) => {
        posted.set(id, performance.now());
        await postCustomerMessage(url, SECRET, id, updateId);
      };
      const receipts = (count: number, within: number) => {
        latencies.length = 0;
        expected = count;
        return {
          all: Promise.race([
            new Promise<void>((r) => (allReceipts = r)),
            new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`receipts missing: ${latencies.length} of ${count}`)), within).unref()),
          ]),
        };
      };
      const runs: Run[] = [];
      try {
        for (let run = 0; run < RUNS; run++) {
          const firstId = FIRST_ID + run * RUN_STRIDE;
          const firstUpdate = 1_000_000 + run * RUN_STRIDE;

          // As many customers writing at once as the desk takes: tickets per second, CPU per ticket.
          const saturated = receipts(CUSTOMERS, 180_000);
          const [desk0, db0, client0] = [await deskReading(url), await backendCpuMs(client, database), process.cpuUsage()];
          const started = performance.now();
          let next = 0;
          const worker = async () => {
            for (let i = next++; i < CUSTOMERS; i = next++) await post(firstId + i, firstUpdate + i);
          };
          await Promise.all(Array.from({ length: CONCURRENCY }, worker));
          await saturated.all;
          const seconds = (lastReceiptAt - started) / 1000;
          const [desk1, db1, clientCpu] = [await deskReading(url), await backendCpuMs(client, database), process.cpuUsage(client0)];
          const saturatedP99 = percentile(
            [...latencies].sort((a, b) => a - b),
            99,
          );

          // A steady PACED_RATE a second of new customers: the receipt's latency.
          const paced = receipts(PACED_COUNT, 60_000);
          const sends: Array<Promise<void>> = [];
          const t0 = performance.now();
          for (let k = 0; k < PACED_COUNT; k++) {
            const wait = t0 + (k * 1000) / PACED_RATE - performance.now();
            if (wait > 0) await new Promise((r) => setTimeout(r, wait));
            sends.push(post(firstId + CUSTOMERS + k, firstUpdate + CUSTOMERS + k));
          }
          await Promise.all(sends);
          await paced.all;
          const sorted = [...latencies].sort((a, b) => a - b);
          const r: Run = {
            perSecond: CUSTOMERS / seconds,
            deskCpuMs: (desk1.cpuMs - desk0.cpuMs) / CUSTOMERS,
            dbCpuMs: (db1 - db0) / CUSTOMERS,
            clientCpuMs: (clientCpu.user + clientCpu.system) / 1000 / CUSTOMERS,
            saturatedP99,
            p50: percentile(sorted, 50),
            p99: percentile(sorted, 99),
          };
          runs.push(r);
          // Each run starts from an empty queue, as the first did: this run's tickets are answered
          // and closed (and vacuumed out of the queue's indexes), or the next run's customers
          // would each be counted behind them.
          await client.query(
            `UPDATE tickets SET status = 'closed', first_responded_at = now() AT TIME ZONE 'UTC', next_sla_check_at = NULL WHERE status <> 'closed'`,
          );
          await client.query("VACUUM (ANALYZE) tickets");
          console.error(
            `intake run ${run + 1}: ${CUSTOMERS} tickets in ${round(seconds, 2)} s = ${round(r.perSecond)}/s at concurrency ${CONCURRENCY}; ` +
              `CPU per ticket: desk ${round(r.deskCpuMs, 2)} ms, database ${round(r.dbCpuMs, 2)} ms, posting client and fake Bot API ${round(r.clientCpuMs, 2)} ms; ` +
              `at ${PACED_RATE}/s: p50 ${round(r.p50)} ms, p99 ${round(r.p99)} ms`,
          );
        }
      } finally {
        await desks.stop();
      }
      const pick = (k: keyof Run) => median(runs.map((r) => r[k]));
      const tickets = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM tickets");
      if (tickets.rows[0]!.n !== RUNS * (CUSTOMERS + PACED_COUNT))
        throw new Error(`expected ${RUNS * (CUSTOMERS + PACED_COUNT)} tickets, found ${tickets.rows[0]!.n}`);
      return [
        { name: "intake_tickets_per_s", value: round(pick("perSecond")), unit: "per_s", target: ">= 300" },
        { name: "intake_cpu_ms_per_ticket", value: round(pick("deskCpuMs"), 2), unit: "ms", target: "about 6" },
        { name: "intake_db_cpu_ms_per_ticket", value: round(pick("dbCpuMs"), 2), unit: "ms", target: "report" },
        { name: "intake_client_cpu_ms_per_ticket", value: round(pick("clientCpuMs"), 2), unit: "ms", target: "report" },
        { name: "intake_receipt_p50_ms", value: round(pick("p50")), unit: "ms", target: "< 50" },
        { name: "intake_receipt_p99_ms", value: round(pick("p99")), unit: "ms", target: "< 100" },
        { name: "intake_saturated_receipt_p99_ms", value: round(pick("saturatedP99")), unit: "ms", target: "report" },
      ];
    } finally {
      await client.end().catch(() => undefined);
      await api.close();
      await db.drop();
    }
  },
};
