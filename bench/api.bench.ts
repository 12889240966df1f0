// The Mini App's two busiest reads under load: a customer's ticket list and one ticket with its
// conversation, on a database of 1,000,000 tickets, at a steady 1,000 requests per second from
// autocannon (in this process, so it shares the 2 cores with the server). Also the gzipped size of
// the Mini App's JavaScript.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { signedInitData } from "../tests/helpers/browser.js";
import { startFakeBotApi } from "../tests/helpers/fake-bot-api.js";
import { benchDatabase } from "./support/database.js";
import { BENCH_TOKEN, prepareBenchDatabase, startBenchDesk } from "./support/desk.js";
import { round, type Benchmark, type BenchRow } from "./types.js";

const ROOT = resolve(import.meta.dirname, "..");
const TICKETS = Number(process.env.BENCH_API_TICKETS ?? 1_000_000);
const CUSTOMERS = TICKETS / 10;
const RATE = Number(process.env.BENCH_API_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);

function jsGzipKb(): number {
  const assets = resolve(ROOT, "webapp/dist/assets");
  if (!existsSync(assets)) spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  const js = readdirSync(assets).filter((f) => f.endsWith(".js"));
  return js.reduce((sum, f) => sum + gzipSync(readFileSync(resolve(assets, f)), { level: 9 }).length, 0) / 1024;
}

async function load(url: string, requests: Array<{ path: string; headers: Record<string, string> }>) {
  let i = 0;
  const result = await autocannon({
    url,
    connections: 64,
    overallRate: RATE,
    duration: SECONDS,
    requests: [
      {
        setupRequest: (req) => {
          const r = requests[i++ % requests.length]!;
          return { ...req, method: "GET", path: r.path, headers: r.headers };
        },
      },
    ],
  });
  if (result.non2xx) throw new Error(`${result.non2xx} responses were not 2xx`);
  return result;
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
      await client.query("ANALYZE");

      const desk = await startBenchDesk(db.url, fake.url);
      try {
        const users = await client.query<{ id: number; telegram_id: string }>(`SELECT id, telegram_id FROM customers WHERE id <= 200`);
        const tickets = await client.query<{ customer_id: number; number: number }>(`SELECT customer_id, number FROM tickets WHERE customer_id <= 200`);
        const headers = new Map(
          users.rows.map((u) => [u.id, { authorization: `tma ${signedInitData({ id: Number(u.telegram_id), first_name: "C" }, new Date(), BENCH_TOKEN)}` }]),
        );
        const list = users.rows.map((u) => ({ path: "/api/tickets", headers: headers.get(u.id)! }));
        const detail = tickets.rows.map((t) => ({ path: `/api/tickets/${t.number}`, headers: headers.get(t.customer_id)! }));

        await load(desk.url, list.slice(0, 20)); // warm-up: JIT, pools, caches
        const a = await load(desk.url, list);
        const b = await load(desk.url, detail);
        console.error(
          `api: list ${a.requests.average}/s p50 ${a.latency.p50} p99 ${a.latency.p99} ms; ticket ${b.requests.average}/s p50 ${b.latency.p50} p99 ${b.latency.p99} ms`,
        );
        const rows: BenchRow[] = [
          { name: "api_tickets_list_p50_ms", value: a.latency.p50, unit: "ms", target: "< 15" },
          { name: "api_tickets_list_p99_ms", value: a.latency.p99, unit: "ms", target: "< 15" },
          { name: "api_tickets_list_per_s", value: round(a.requests.average), unit: "per_s", target: `${RATE}` },
          { name: "api_ticket_get_p50_ms", value: b.latency.p50, unit: "ms", target: "< 15" },
          { name: "api_ticket_get_p99_ms", value: b.latency.p99, unit: "ms", target: "< 15" },
          { name: "api_ticket_get_per_s", value: round(b.requests.average), unit: "per_s", target: `${RATE}` },
          { name: "miniapp_js_gzip_kB", value: round(jsGzipKb()), unit: "kB", target: "< 150" },
        ];
        return rows;
      } finally {
        await desk.stop();
      }
    } finally {
      await client.end().catch(() => undefined);
      await fake.close();
      await db.drop();
    }
  },
};
