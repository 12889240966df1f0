// Outbox throughput against a Bot API that enforces Telegram's limits (a 429 for more than the
// configured messages per second overall, or more than one per second to a chat): 10,000 queued
// messages to 1,000 chats. Reports the delivered rate against the limit, the 429s received, and
// how long a critical message waits behind the full backlog.
import pino from "pino";
import { applyMigrations } from "../src/db/migrate.js";
import { createPrismaClient, MIGRATIONS_DIR } from "../src/db/index.js";
import { ManualClock } from "../src/domain/shared/clock.js";
import { loadTexts } from "../src/i18n/index.js";
import { createDeliveryApi, outboxBatchSize } from "../src/notify/delivery-api.js";
import { OutboxDelivery } from "../src/notify/delivery.js";
import { createOutboxNotifier } from "../src/notify/notifier.js";
import { startFakeBotApi } from "../tests/helpers/fake-bot-api.js";
import { benchDatabase } from "./support/database.js";
import { round, type Benchmark } from "./types.js";

const MESSAGES = Number(process.env.BENCH_OUTBOX_MESSAGES ?? 10_000);
const CHATS = Number(process.env.BENCH_OUTBOX_CHATS ?? 1_000);
// Telegram's real limit is about 30/s; a higher one keeps the run near a minute. Same code path.
const LIMIT = Number(process.env.BENCH_OUTBOX_LIMIT ?? 200);
const CRITICAL_CHAT = 777_000_001;

export const outbox: Benchmark = {
  name: "outbox",
  async run() {
    const db = await benchDatabase("outbox");
    const prisma = createPrismaClient(db.url);
    let rejected = 0;
    const recent: number[] = [];
    const lastPerChat = new Map<number, number>();
    const sentAt: number[] = [];
    let criticalAt = 0;
    const api = await startFakeBotApi({
      fail: ({ method, body }) => {
        if (method !== "sendMessage") return null;
        const now = performance.now();
        while (recent.length && now - recent[0]! > 1000) recent.shift();
        const chat = Number(body.chat_id);
        const last = lastPerChat.get(chat);
        if (recent.length >= LIMIT || (last !== undefined && now - last < 990)) {
          rejected++;
          return { code: 429, description: "Too Many Requests: retry after 1", retryAfter: 1 };
        }
        recent.push(now);
        lastPerChat.set(chat, now);
        return null;
      },
      onSend: ({ chatId, at }) => {
        if (chatId === CRITICAL_CHAT) criticalAt = at;
        else sentAt.push(at);
      },
    });
    try {
      await applyMigrations(db.url, MIGRATIONS_DIR);
      const texts = loadTexts("en");
      const clock = new ManualClock(new Date());
      const notifier = createOutboxNotifier({ t: texts.t, clock, defaultQuietHours: null });
      // The backlog, written as fast as the database takes it.
      const rows = Array.from({ length: MESSAGES }, (_, i) => ({
        chatId: BigInt(900_000_000 + (i % CHATS)),
        method: "sendMessage",
        payload: { text: `update ${Math.floor(i / CHATS)}` },
      }));
      for (let i = 0; i < rows.length; i += 2000) await prisma.outboxMessage.createMany({ data: rows.slice(i, i + 2000) });

      const delivery = new OutboxDelivery({
        db: prisma,
        databaseUrl: db.url,
        api: createDeliveryApi("123456789:BENCH-token-0123456789abcdefghijkl", api.url, LIMIT),
        clock: { now: () => new Date() },
        log: pino({ level: "silent" }),
        batchSize: outboxBatchSize(LIMIT),
        pollMs: 200,
      });
      const started = performance.now();
      await delivery.start();
      // Once the backlog is flowing, a security alert arrives.
      while (sentAt.length < Math.min(MESSAGES / 4, 2000)) await new Promise((r) => setTimeout(r, 20));
      const criticalQueued = performance.now();
      await prisma.$transaction((tx) => notifier.send(tx, { telegramId: BigInt(CRITICAL_CHAT), languageCode: "en" }, { key: "handoff-security-notice", critical: true }));
      while (sentAt.length < MESSAGES) await new Promise((r) => setTimeout(r, 50));
      const seconds = (Math.max(...sentAt) - started) / 1000;
      await delivery.stop();
      const rate = MESSAGES / seconds;
      console.error(`outbox: ${MESSAGES} messages to ${CHATS} chats in ${round(seconds, 1)} s = ${round(rate)} /s against a limit of ${LIMIT}/s; 429s: ${rejected}; critical waited ${round(criticalAt - criticalQueued)} ms`);
      return [
        { name: "outbox_limit_ratio", value: round(rate / LIMIT, 3), unit: "ratio", target: "~ 1.0" },
        { name: "outbox_429_count", value: rejected, unit: "count", target: "0" },
        { name: "critical_behind_backlog_ms", value: round(criticalAt - criticalQueued), unit: "ms", target: "< 1000" },
      ];
    } finally {
      await api.close();
      await prisma.$disconnect();
      await db.drop();
    }
  },
};
