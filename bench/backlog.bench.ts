// One agent's chat behind Telegram's per-chat pace (about one message a second), against a Bot
// API that enforces Telegram's limits (30 messages a second overall, one a second per chat):
// - receipt_wait_behind_backlog: 400 ticket cards wait for one agent; meanwhile 50 new customers
//   get their receipts. How long does a receipt wait (queued -> accepted by the Bot API)?
// - agent_copy_lag: one agent holds 20 busy tickets whose customers write every two seconds
//   (10 messages a second into one chat that takes one). How old is a customer message when the
//   agent sees it?
// Each figure is the median of three runs; CPU is this process's (desk and fake API together).
import { createPrismaClient, sharePool, type Prisma } from "../src/db/index.js";
import { createSqlPool } from "../src/db/sql.js";
import { attachSharedBudget } from "../src/notify/shared-rate-budget.js";
import { benchDatabase } from "./support/database.js";
import { BENCH_TOKEN, benchDelivery, prepareBenchDatabase } from "./support/desk.js";
import { startLimitedBotApi } from "./support/limited-bot-api.js";
import { median, percentile, round, type Benchmark } from "./types.js";

const LIMIT = 30;
const AGENT_CHAT = 880_000_001;
const BACKLOG = 400;
const RECEIPTS = 50;
const TICKETS = 20;
const COPY_SECONDS = 20;
const RUNS = 3;

export const backlog: Benchmark = {
  name: "backlog",
  async run() {
    const db = await benchDatabase("backlog");
    await prepareBenchDatabase(db.url);
    // As desk.ts opens it: one node-postgres pool, shared by the Prisma client, the outbox's own
    // statements and the rate budget.
    const sql = createSqlPool(db.url, 10);
    const prisma = createPrismaClient(sql);
    sharePool(prisma, sql);
    // Text -> when the Bot API accepted it; a limit-enforcing API (429 past Telegram's limits).
    const accepted = new Map<string, number>();
    const api = await startLimitedBotApi(LIMIT, ({ text, at }) => {
      for (const part of text.split("\n\n")) accepted.set(part, at);
    });
    const limits = api;
    const detach = attachSharedBudget({ sql, token: BENCH_TOKEN, apiRoot: api.url, perSecond: LIMIT });
    const startDelivery = async () => {
      const d = benchDelivery(prisma, db.url, api.url, LIMIT);
      await d.start();
      return d;
    };
    // As the notifier writes a message: the row and its NOTIFY in one transaction.
    const queue = (data: { chatId: bigint; method: string; kind: string; sourceMessageId?: number; payload: Prisma.InputJsonObject }) =>
      prisma.$transaction(async (tx) => {
        await tx.outboxMessage.create({ data });
        await tx.$executeRaw`SELECT pg_notify('outbox', '')`;
      });
    const waitFor = async (texts: string[], timeoutMs: number) => {
      const until = performance.now() + timeoutMs;
      while (texts.some((t) => !accepted.has(t))) {
        if (performance.now() > until) throw new Error(`not delivered in ${timeoutMs} ms: ${texts.filter((t) => !accepted.has(t)).length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };

    try {
      const receiptP99: number[] = [];
      const copyP99: number[] = [];
      const cpuPerMessage: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        // 1. Receipts behind one agent's backlog of cards (buttons: they cannot be combined).
        await prisma.outboxMessage.deleteMany({});
        accepted.clear();
        await prisma.outboxMessage.createMany({
          data: Array.from({ length: BACKLOG }, (_, i) => ({
            chatId: BigInt(AGENT_CHAT),
            method: "sendMessage",
            kind: "ticket-card",
            payload: { text: `r${run} card ${i}`, reply_markup: { inline_keyboard: [[{ text: "Take", callback_data: `take:${i}` }]] } },
          })),
        });
        const delivery = await startDelivery();
        const queuedAt = new Map<string, number>();
        for (let i = 0; i < RECEIPTS; i++) {
          const text = `r${run} receipt ${i}`;
          queuedAt.set(text, performance.now());
          await queue({ chatId: BigInt(890_000_000 + i), method: "sendMessage", kind: "receipt", payload: { text } });
          await new Promise((r) => setTimeout(r, 100));
        }
        await waitFor([...queuedAt.keys()], 60_000);
        const waits = [...queuedAt].map(([t, at]) => accepted.get(t)! - at).sort((a, b) => a - b);
        receiptP99.push(percentile(waits, 99));
        await delivery.stop();

        // 2. One agent, 20 busy tickets, each customer writing every two seconds.
        await prisma.outboxMessage.deleteMany({});
        accepted.clear();
        const copies = await startDelivery();
        const written = new Map<string, number>();
        const cpu = process.cpuUsage();
        const t0 = performance.now();
        for (let k = 0; performance.now() - t0 < COPY_SECONDS * 1000; k++) {
          const ticket = k % TICKETS;
          const text = `💬 #${10_001 + ticket} · Customer ${ticket}: r${run} message ${k}`;
          written.set(text, performance.now());
          await queue({ chatId: BigInt(AGENT_CHAT), method: "sendMessage", kind: "agent-copy", sourceMessageId: k + 1, payload: { text, parse_mode: "HTML" } });
          await new Promise((r) => setTimeout(r, (2000 / TICKETS) * 1));
        }
        await waitFor([...written.keys()], 60_000);
        const used = process.cpuUsage(cpu);
        cpuPerMessage.push((used.user + used.system) / 1000 / written.size);
        const lags = [...written].map(([t, at]) => accepted.get(t)! - at).sort((a, b) => a - b);
        copyP99.push(percentile(lags, 99));
        await copies.stop();
        console.error(
          `backlog run ${run + 1}: receipts behind ${BACKLOG} cards p50 ${round(percentile(waits, 50))} ms, p99 ${round(percentile(waits, 99))} ms; ` +
            `${written.size} copies to one agent: lag p50 ${round(percentile(lags, 50))} ms, p99 ${round(percentile(lags, 99))} ms; 429s so far ${limits.rejected}`,
        );
      }
      return [
        { name: "receipt_wait_behind_backlog_p99_ms", value: round(median(receiptP99)), unit: "ms", target: "< 1000" },
        { name: "agent_copy_lag_p99_ms", value: round(median(copyP99)), unit: "ms", target: "< 5000" },
        { name: "agent_copy_cpu_ms_per_message", value: round(median(cpuPerMessage), 2), unit: "ms", target: "report" },
        { name: "backlog_429_count", value: limits.rejected, unit: "count", target: "0" },
      ];
    } finally {
      detach();
      await api.close();
      await prisma.$disconnect();
      await sql.end();
      await db.drop();
    }
  },
};
