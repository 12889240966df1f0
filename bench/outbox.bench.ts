// Outbox throughput against a Bot API that enforces Telegram's limits (a 429 for more than the
// configured messages per second overall, or more than one per second to a chat): 10,000 queued
// messages to 1,000 chats. Reports the delivered rate against the limit, the 429s received, and
// how long a critical message waits behind the full backlog. Each figure is the median of three
// runs.
import { applyMigrations } from "../src/db/migrate.js";
import { createPrismaClient, MIGRATIONS_DIR, sharePool } from "../src/db/index.js";
import { ManualClock } from "../src/domain/shared/clock.js";
import { loadTexts } from "../src/i18n/index.js";
import { createOutboxNotifier } from "../src/notify/notifier.js";
import { startFakeBotApi } from "../tests/helpers/fake-bot-api.js";
import { createSqlPool } from "../src/db/sql.js";
import { attachSharedBudget } from "../src/notify/shared-rate-budget.js";
import { BENCH_TOKEN, benchDelivery, deskProcessEnv, prepareBenchDatabase } from "./support/desk.js";
import { startInstances } from "./support/instances.js";
import { postCustomerMessage } from "./support/webhook-post.js";
import { benchDatabase } from "./support/database.js";
import { startLimitedBotApi } from "./support/limited-bot-api.js";
import { median, round, type Benchmark, type BenchRow } from "./types.js";

const MESSAGES = Number(process.env.BENCH_OUTBOX_MESSAGES ?? 10_000);
const CHATS = Number(process.env.BENCH_OUTBOX_CHATS ?? 1_000);
// Telegram's real limit is about 30/s; a higher one keeps the run near a minute. Same code path.
const LIMIT = Number(process.env.BENCH_OUTBOX_LIMIT ?? 200);
const CRITICAL_CHAT = 777_000_001;
const RUNS = 3;

export const outbox: Benchmark = {
  name: "outbox",
  async run() {
    const db = await benchDatabase("outbox");
    const prisma = createPrismaClient(db.url);
    const sentAt: number[] = [];
    let criticalAt = 0;
    const api = await startLimitedBotApi(LIMIT, ({ chatId, at }) => {
      if (chatId === CRITICAL_CHAT) criticalAt = at;
      else sentAt.push(at);
    });
    const limits = api;
    try {
      await applyMigrations(db.url, MIGRATIONS_DIR);
      const texts = loadTexts("en");
      const clock = new ManualClock(new Date());
      const notifier = createOutboxNotifier({ t: texts.t, clock, defaultQuietHours: null });
      const runs: Array<{ ratio: number; rejected: number; ratio3: number; rejected3: number; critical: number }> = [];
      // The backlog, written as fast as the database takes it.
      const rows = Array.from({ length: MESSAGES }, (_, i) => ({
        chatId: BigInt(900_000_000 + (i % CHATS)),
        method: "sendMessage",
        payload: { text: `update ${Math.floor(i / CHATS)}` },
      }));
      for (let run = 1; run <= RUNS; run++) {
        const rejectedAtStart = limits.rejected;
        const perChatAtStart = limits.rejectedPerChat;
        sentAt.length = 0;
        limits.resetWindow();
        for (let i = 0; i < rows.length; i += 2000) await prisma.outboxMessage.createMany({ data: rows.slice(i, i + 2000) });

        // As desk.ts does: the instance takes its turns from the budget kept in PostgreSQL, and its
        // Prisma client shares the node-postgres pool that the outbox's statements go through.
        const budgetSql = createSqlPool(db.url, 4);
        const detach = attachSharedBudget({ sql: budgetSql, token: BENCH_TOKEN, apiRoot: api.url, perSecond: LIMIT });
        const deskSql = createSqlPool(db.url, 4);
        const deskDb = createPrismaClient(deskSql);
        sharePool(deskDb, deskSql);
        const delivery = benchDelivery(deskDb, db.url, api.url, LIMIT);
        const started = performance.now();
        await delivery.start();
        // Once the backlog is flowing, a security alert arrives.
        while (sentAt.length < Math.min(MESSAGES / 4, 2000)) await new Promise((r) => setTimeout(r, 20));
        const criticalQueued = performance.now();
        await prisma.$transaction((tx) =>
          notifier.send(tx, { telegramId: BigInt(CRITICAL_CHAT), languageCode: "en" }, { key: "handoff-security-notice", critical: true }),
        );
        while (sentAt.length < MESSAGES) await new Promise((r) => setTimeout(r, 50));
        const seconds = (Math.max(...sentAt) - started) / 1000;
        await delivery.stop();
        detach();
        await budgetSql.end();
        await deskDb.$disconnect();
        await deskSql.end();
        const rate = MESSAGES / seconds;
        const rejected = limits.rejected - rejectedAtStart;
        const perChat = limits.rejectedPerChat - perChatAtStart;

        // Three instances on the same database and the one limit: each with its own pools, its own
        // Bot API client and its own handle on the shared budget (the addresses differ only so
        // that this one process keeps three of them apart; the budget is per bot token).
        const rejectedBefore = limits.rejected;
        const perChatBefore = limits.rejectedPerChat;
        sentAt.length = 0;
        limits.resetWindow();
        for (let i = 0; i < rows.length; i += 2000) await prisma.outboxMessage.createMany({ data: rows.slice(i, i + 2000) });
        const roots = [api.url, api.url.replace("127.0.0.1", "127.1"), api.url.replace("127.0.0.1", "0x7f000001")];
        const instances = roots.map((root) => {
          const sql = createSqlPool(db.url, 4);
          const client = createPrismaClient(sql);
          sharePool(client, sql);
          return {
            sql,
            client,
            detach: attachSharedBudget({ sql, token: BENCH_TOKEN, apiRoot: root, perSecond: LIMIT }),
            delivery: benchDelivery(client, db.url, root, LIMIT),
          };
        });
        const started3 = performance.now();
        await Promise.all(instances.map((x) => x.delivery.start()));
        while (sentAt.length < MESSAGES) await new Promise((r) => setTimeout(r, 50));
        const seconds3 = (Math.max(...sentAt) - started3) / 1000;
        for (const x of instances) {
          await x.delivery.stop();
          x.detach();
          await x.client.$disconnect();
          await x.sql.end();
        }
        const rate3 = MESSAGES / seconds3;
        const rejected3 = limits.rejected - rejectedBefore;
        console.error(
          `outbox run ${run}: ${MESSAGES} messages to ${CHATS} chats in ${round(seconds, 1)} s = ${round(rate)} /s against a limit of ${LIMIT}/s; 429s: ${rejected} (per chat: ${perChat}); critical waited ${round(criticalAt - criticalQueued)} ms`,
        );
        console.error(
          `outbox run ${run}, 3 instances: ${MESSAGES} messages in ${round(seconds3, 1)} s = ${round(rate3)} /s against the one limit of ${LIMIT}/s; 429s: ${rejected3} (per chat: ${limits.rejectedPerChat - perChatBefore})`,
        );
        runs.push({ ratio: rate / LIMIT, rejected, ratio3: rate3 / LIMIT, rejected3, critical: criticalAt - criticalQueued });
      }
      const pick = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
      return [
        { name: "outbox_limit_ratio", value: round(pick("ratio"), 3), unit: "ratio", target: "~ 1.0" },
        { name: "outbox_429_count", value: pick("rejected"), unit: "count", target: "0" },
        { name: "outbox_limit_ratio_3_instances", value: round(pick("ratio3"), 3), unit: "ratio", target: ">= 0.95, <= 1.0" },
        { name: "outbox_429_count_3_instances", value: pick("rejected3"), unit: "count", target: "0" },
        // BENCH_OUTBOX_PACING_ONLY=1 leaves out the intake comparison (a quicker run of the pacing).
        ...(process.env.BENCH_OUTBOX_PACING_ONLY === "1" ? [] : await intakeAcrossInstances()),
        { name: "critical_behind_backlog_ms", value: round(pick("critical")), unit: "ms", target: "< 1000" },
      ];
    } finally {
      await api.close();
      await prisma.$disconnect();
      await db.drop();
    }
  },
};

const INTAKE_CUSTOMERS = Number(process.env.BENCH_SCALE_CUSTOMERS ?? 1500);
const SECRET = "bench-webhook-secret-0123456789";

/**
 * Tickets per second through the webhook, one desk process against three on one database (posts
 * spread round robin, as a balancer would), until every receipt reached the Bot API. Both runs are
 * separate processes, so the two figures compare like with like.
 */
async function intakeAcrossInstances(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of [1, 3]) {
    const db = await benchDatabase(`scale${n}`);
    const receipts = new Set<number>();
    let last = 0;
    const api = await startFakeBotApi({
      onSend: ({ chatId, text, at }) => {
        if (!text.includes("Ticket <b>#")) return;
        receipts.add(chatId);
        last = at;
      },
    });
    try {
      await prepareBenchDatabase(db.url);
      const prisma = createPrismaClient(db.url);
      const firstId = 20_000_000;
      await prisma.customer.createMany({
        data: Array.from({ length: INTAKE_CUSTOMERS }, (_, i) => ({
          telegramId: BigInt(firstId + i),
          firstName: `C${i}`,
          languageCode: "en",
          consentAt: new Date(),
        })),
      });
      await prisma.$disconnect();
      const desks = await startInstances(n, deskProcessEnv(db.url, api.url, { WEBHOOK_SECRET: SECRET, OUTBOX_PER_SECOND: "1000", QUIET_HOURS: "none" }));
      try {
        let next = 0;
        const started = performance.now();
        const worker = async () => {
          for (;;) {
            const i = next++;
            if (i >= INTAKE_CUSTOMERS) return;
            await postCustomerMessage(desks.urls[i % n]!, SECRET, firstId + i, 3_000_000 + i);
          }
        };
        await Promise.all(Array.from({ length: 64 }, worker));
        const deadline = Date.now() + 180_000;
        while (receipts.size < INTAKE_CUSTOMERS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        if (receipts.size < INTAKE_CUSTOMERS) throw new Error(`${n} instance(s): only ${receipts.size} of ${INTAKE_CUSTOMERS} receipts`);
        const perSecond = INTAKE_CUSTOMERS / ((last - started) / 1000);
        console.error(`intake through ${n} instance(s): ${INTAKE_CUSTOMERS} tickets at ${round(perSecond)} /s`);
        rows.push({
          name: n === 1 ? "intake_tickets_per_s_1_instance" : `intake_tickets_per_s_${n}_instances`,
          value: round(perSecond),
          unit: "per_s",
          target: "report",
        });
      } finally {
        await desks.stop();
      }
    } finally {
      await api.close();
      await db.drop();
    }
  }
  return rows;
}
