import pino from "pino";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "../../src/db/index.js";
import { createDeliveryApi } from "../../src/notify/delivery-api.js";
import { OutboxDelivery } from "../../src/notify/delivery.js";
import { useTestDatabase } from "../helpers/database.js";
import { domainDeps, makeCustomer } from "../helpers/domain.js";
import { startFakeBotApi } from "../helpers/fake-bot-api.js";

const tdb = useTestDatabase();

const TOKEN = "123456789:TEST-token-for-the-fake-api-0123456789";

describe("outbox delivery", () => {
  it("delivers every message exactly once and in order per chat while Telegram answers 429 and 500", async () => {
    let calls = 0;
    // What Telegram accepted, in the order it accepted it: the customer's view of the chat.
    const accepted: Array<{ chat: string; text: string }> = [];
    const api = await startFakeBotApi({
      fail: ({ method, body }) => {
        if (method !== "sendMessage") return null;
        calls++;
        if (calls <= 3) return { code: 429, description: "Too Many Requests: retry after 1", retryAfter: 1 };
        if (calls % 4 === 0 && calls < 30) return { code: 500, description: "Internal Server Error" };
        accepted.push({ chat: String(body.chat_id), text: String(body.text) });
        return null;
      },
    });
    const deps = domainDeps(tdb.prisma);
    const customers = await Promise.all([0, 1, 2].map(() => makeCustomer(tdb.prisma)));
    await tdb.prisma.$transaction(async (tx) => {
      for (let i = 0; i < 5; i++) {
        for (const c of customers) await deps.notifier.sendContent(tx, c, { html: `message ${i}` });
      }
    });
    const delivery = new OutboxDelivery({
      db: tdb.prisma,
      databaseUrl: tdb.url,
      api: createDeliveryApi(TOKEN, api.url, 30),
      clock: { now: () => new Date() }, // real time: backoff waits must pass
      log: pino({ level: "silent" }),
      pollMs: 100,
    });
    await delivery.start();
    try {
      await expect.poll(() => tdb.prisma.outboxMessage.count({ where: { sentAt: null } }), { timeout: 30_000, interval: 200 }).toBe(0);
    } finally {
      await delivery.stop();
      await api.close();
    }
    const attempted = api.calls.filter((c) => c.method === "sendMessage");
    for (const c of customers) {
      // Each chat received each message once, in the order it was written.
      expect(accepted.filter((a) => a.chat === String(c.telegramId)).map((a) => a.text)).toEqual([
        "message 0",
        "message 1",
        "message 2",
        "message 3",
        "message 4",
      ]);
    }
    expect(await tdb.prisma.outboxMessage.count({ where: { failedAt: { not: null } } })).toBe(0);
    // Telegram refused some attempts (so retries happened), and accepted exactly the 15 messages.
    expect(attempted.length).toBeGreaterThan(15);
    expect(accepted).toHaveLength(15);
  });
});

describe("outbox delivery through Prisma alone", () => {
  it("delivers with a client that shares no pool, its hot statements going through Prisma's raw API", async () => {
    // The desk's clients share their node-postgres pool (readRows); a client without one (a
    // script, a benchmark) must deliver just the same.
    const prisma = createPrismaClient(tdb.url);
    const accepted: string[] = [];
    const api = await startFakeBotApi({ onSend: ({ text }) => accepted.push(text) });
    const deps = domainDeps(prisma);
    const customer = await makeCustomer(prisma);
    await prisma.$transaction(async (tx) => {
      for (let i = 0; i < 3; i++) await deps.notifier.sendContent(tx, customer, { html: `plain ${i}` });
    });
    const delivery = new OutboxDelivery({
      db: prisma,
      databaseUrl: tdb.url,
      api: createDeliveryApi(TOKEN, api.url, 30),
      clock: { now: () => new Date() },
      log: pino({ level: "silent" }),
      pollMs: 100,
    });
    await delivery.start();
    try {
      await expect.poll(() => prisma.outboxMessage.count({ where: { sentAt: null } }), { timeout: 15_000, interval: 100 }).toBe(0);
    } finally {
      await delivery.stop();
      await api.close();
      await prisma.$disconnect();
    }
    expect(accepted).toEqual(["plain 0", "plain 1", "plain 2"]);
    expect(await tdb.prisma.outboxMessage.count({ where: { OR: [{ failedAt: { not: null } }, { lastError: { not: null } }] } })).toBe(0);
  });
});

describe("quiet hours and notification settings", () => {
  it("holds automated notices until the morning in the customer's time zone; critical ones go at once", async () => {
    const deps = domainDeps(tdb.prisma, {}, { start: 22 * 60, end: 8 * 60 });
    deps.clock.set(new Date("2026-01-10T18:00:00Z")); // 23:30 in Kolkata, 19:00 in Berlin
    const kolkata = await tdb.prisma.customer.create({ data: { telegramId: 880001n, firstName: "A", timeZone: "Asia/Kolkata" } });
    const berlin = await tdb.prisma.customer.create({ data: { telegramId: 880002n, firstName: "B", timeZone: "Europe/Berlin" } });
    const muted = await tdb.prisma.customer.create({ data: { telegramId: 880003n, firstName: "C", timeZone: "UTC", notificationsEnabled: false } });
    await tdb.prisma.$transaction(async (tx) => {
      for (const c of [kolkata, berlin, muted]) {
        await deps.notifier.send(tx, c, { key: "status-taken", vars: { number: "1", agent: "Anna" }, automated: true });
        await deps.notifier.send(tx, c, { key: "handoff-security-notice", automated: true, critical: true });
      }
    });
    const rows = await tdb.prisma.outboxMessage.findMany({ where: { chatId: { in: [880001n, 880002n, 880003n] } }, orderBy: { id: "asc" } });
    const by = (chat: bigint) => rows.filter((r) => r.chatId === chat).map((r) => [r.critical, r.notBefore.toISOString()]);
    expect(by(880001n)[0]).toEqual([false, "2026-01-11T02:30:00.000Z"]); // 08:00 in Kolkata
    expect(by(880001n)[1]![0]).toBe(true);
    // Not held: due at once by the desk's clock (not by the machine's).
    const now = deps.clock.now().getTime();
    expect(new Date(by(880001n)[1]![1] as string).getTime()).toBeLessThanOrEqual(now);
    expect(new Date(by(880002n)[0]![1] as string).getTime()).toBeLessThanOrEqual(now); // 19:00 in Berlin: not quiet
    // Notifications off: automated notices are dropped, critical ones still go.
    expect(by(880003n).map((r) => r[0])).toEqual([true]);
  });
});
