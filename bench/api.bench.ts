// The Mini App's two busiest reads under load: a customer's ticket list and one ticket with its
// conversation, on a database of 1,000,000 tickets, at a steady 1,000 requests per second (one
// leaving every millisecond: bench/support/paced-load.ts says why not autocannon). The desk runs
// as its own process, as in production (sharing the 2 cores with the load generator and
// PostgreSQL, but not its event loop), so its CPU per request can be read from its /metrics. Each figure is the median of three runs. Also the gzipped size of the Mini App's
// JavaScript.
//
// BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the desk process there, as for every benchmark
// that starts desk processes (open it in Chrome's DevTools or speedscope, or summarise it with
// bench/support/profile-summary.ts); bench/README.md ("API") says what the profiles showed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { signedInitData } from "../tests/helpers/browser.js";
import { startFakeBotApi } from "../tests/helpers/fake-bot-api.js";
import { benchDatabase } from "./support/database.js";
import { BENCH_TOKEN, deskProcessEnv, prepareBenchDatabase } from "./support/desk.js";
import { startInstances } from "./support/instances.js";
import { median, round, type Benchmark, type BenchRow } from "./types.js";
import { backendCpuMs } from "./support/backend-cpu.js";
import { pacedLoad, type PacedRequest } from "./support/paced-load.js";
import { deskReading, METRICS_TOKEN } from "./support/desk-reading.js";

const ROOT = resolve(import.meta.dirname, "..");
const TICKETS = Number(process.env.BENCH_API_TICKETS ?? 1_000_000);
const CUSTOMERS = TICKETS / 10;
const RATE = Number(process.env.BENCH_API_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const RUNS = 3;

/**
 * The gzipped JavaScript the Mini App can load: its entry in index.html and every chunk reachable
 * from it (each page, each language). The sandbox page (sandbox.html, its own build in the same
 * folder) is not the Mini App and is left out; until 2026-11-30 every file there was counted.
 */
function jsGzipKb(): number {
  const dist = resolve(ROOT, "webapp/dist");
  const assets = resolve(dist, "assets");
  if (!existsSync(assets)) spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  const files = new Set(readdirSync(assets).filter((f) => f.endsWith(".js")));
  const named = (text: string) => [...text.matchAll(/[\w-]+\.js/g)].map((m) => m[0]).filter((f) => files.has(f));
  const reached = new Set(named(readFileSync(resolve(dist, "index.html"), "utf8")));
  for (const f of reached) for (const next of named(readFileSync(resolve(assets, f), "utf8"))) reached.add(next);
  return [...reached].reduce((sum, f) => sum + gzipSync(readFileSync(resolve(assets, f)), { level: 9 }).length, 0) / 1024;
}

async function load(url: string, requests: PacedRequest[]) {
  const result = await pacedLoad(url, requests, { rate: RATE, seconds: SECONDS, connections: 64 });
  if (result.failed) throw new Error(`${result.failed} requests were not answered 2xx`);
  return result;
}

interface Run {
  p50: number;
  p99: number;
  perSecond: number;
  cpuMs: number;
  dbCpuMs: number;
}

/** Three runs of one request mix; each figure is the median of the three. */
async function measure(name: string, url: string, requests: PacedRequest[], client: pg.Client, database: string): Promise<Run> {
  const runs: Run[] = [];
  for (let n = 1; n <= RUNS; n++) {
    const [desk0, db0] = [await deskReading(url), await backendCpuMs(client, database)];
    const r = await load(url, requests);
    const [desk, db] = [await deskReading(url), await backendCpuMs(client, database)];
    const cpu = desk.cpuMs - desk0.cpuMs;
    const dbMs = db - db0;
    runs.push({ p50: r.p50, p99: r.p99, perSecond: r.perSecond, cpuMs: cpu / r.ok, dbCpuMs: dbMs / r.ok });
    const run = runs.at(-1)!;
    console.error(
      `api: ${name} run ${n}: ${round(run.perSecond)}/s p50 ${run.p50} p99 ${run.p99} max ${r.max} ms; desk CPU ${round(run.cpuMs, 3)} ms/request, ` +
        `desk event loop held up ${round(desk.loopLagMaxMs)} ms at most, ` +
        // Latency is only as good as the share of a core the desk gets: say how busy the machine was.
        `database ${round(run.dbCpuMs, 3)} ms/request; machine load ${round(loadavg()[0]!, 1)} on ${cpus().length} cores`,
    );
  }
  const pick = (k: keyof Run) => median(runs.map((r) => r[k]));
  return { p50: pick("p50"), p99: pick("p99"), perSecond: pick("perSecond"), cpuMs: pick("cpuMs"), dbCpuMs: pick("dbCpuMs") };
}

export const api: Benchmark = {
  name: "api",
  async run() {
    const db = await benchDatabase("api");
    const fake = await startFakeBotApi();
    const client = new pg.Client({ connectionString: db.url });
    try {
      await prepareBenchDatabase(db.url);
      await client.connect();
      await client.query(
        `INSERT INTO customers (telegram_id, first_name, updated_at, consent_at) SELECT 7000000000 + g, 'C' || g, now(), now() FROM generate_series(1, $1) g`,
        [CUSTOMERS],
      );
      await client.query(
        `INSERT INTO tickets (customer_id, topic, queue_id, priority, status, subject, language, first_response_due_at, resolution_due_at,
            eta_at, created_at, updated_at, first_responded_at)
         SELECT 1 + (g % $2), 'payment', (SELECT id FROM queues WHERE code = 'L1'), 'normal',
           CASE WHEN g % 10 = 0 THEN 'in_progress'::"TicketStatus" ELSE 'closed'::"TicketStatus" END,
           'Ticket ' || g, 'en', now(), now() + interval '4 hours', now(), now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval, now()
         FROM generate_series(1, $1) g`,
        [TICKETS, CUSTOMERS],
      );
      // A conversation of six messages on every ticket of the customers the load uses.
      await client.query(
        `INSERT INTO ticket_messages (ticket_id, author, text, created_at)
         SELECT t.id, CASE WHEN k % 2 = 0 THEN 'customer'::"MessageAuthor" ELSE 'staff'::"MessageAuthor" END, 'message ' || k, now()
         FROM tickets t CROSS JOIN generate_series(1, 6) k WHERE t.customer_id <= 200`,
      );
      // What a database in service has: statistics, and pages vacuumed (hint bits set, the
      // visibility map written). Without it, autovacuum and the first reads of each page do that
      // work during the first measured run.
      await client.query("VACUUM (ANALYZE)");

      const desks = await startInstances(
        1,
        deskProcessEnv(db.url, fake.url, {
          // Production's default: Fastify logs each request at info (to /dev/null here, still formatted).
          LOG_LEVEL: "info",
          METRICS_TOKEN,
        }),
      );
      try {
        const url = desks.urls[0]!;
        const database = new URL(db.url).pathname.slice(1);
        const users = await client.query<{ id: number; telegram_id: string }>(`SELECT id, telegram_id FROM customers WHERE id <= 200`);
        const tickets = await client.query<{ customer_id: number; number: number }>(`SELECT customer_id, number FROM tickets WHERE customer_id <= 200`);
        const headers = new Map(
          users.rows.map((u) => [u.id, { authorization: `tma ${signedInitData({ id: Number(u.telegram_id), first_name: "C" }, new Date(), BENCH_TOKEN)}` }]),
        );
        const list = users.rows.map((u) => ({ path: "/api/tickets", headers: headers.get(u.id)! }));
        const detail = tickets.rows.map((t) => ({ path: `/api/tickets/${t.number}`, headers: headers.get(t.customer_id)! }));

        // Warm-up on the same requests: JIT, pools, caches, the knowledge-base index.
        await load(url, [...list, ...detail]);
        const a = await measure("list", url, list, client, database);
        const b = await measure("ticket", url, detail, client, database);
        const rows: BenchRow[] = [
          { name: "api_tickets_list_p50_ms", value: a.p50, unit: "ms", target: "< 15" },
          { name: "api_tickets_list_p99_ms", value: a.p99, unit: "ms", target: "< 15" },
          { name: "api_tickets_list_per_s", value: round(a.perSecond), unit: "per_s", target: `${RATE}` },
          { name: "api_ticket_get_p50_ms", value: b.p50, unit: "ms", target: "< 15" },
          { name: "api_ticket_get_p99_ms", value: b.p99, unit: "ms", target: "< 15" },
          { name: "api_ticket_get_per_s", value: round(b.perSecond), unit: "per_s", target: `${RATE}` },
          // The desk's own CPU (Node) per ticket-list request; the database's is reported beside it.
          { name: "api_cpu_ms_per_request", value: round(a.cpuMs, 3), unit: "ms", target: "~0.5" },
          { name: "api_ticket_get_cpu_ms_per_request", value: round(b.cpuMs, 3), unit: "ms", target: "report" },
          { name: "api_db_cpu_ms_per_request", value: round(a.dbCpuMs, 3), unit: "ms", target: "report" },
          { name: "api_ticket_get_db_cpu_ms_per_request", value: round(b.dbCpuMs, 3), unit: "ms", target: "report" },
          { name: "miniapp_js_gzip_kB", value: round(jsGzipKb()), unit: "kB", target: "< 150" },
        ];
        return rows;
      } finally {
        await desks.stop();
      }
    } finally {
      await client.end().catch(() => undefined);
      await fake.close();
      await db.drop();
    }
  },
};
