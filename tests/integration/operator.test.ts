import Fastify from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { healthRoutes } from "../../src/api/routes/health.js";
import type { Db } from "../../src/db/index.js";
import { runRetention, DEFAULT_RETENTION } from "../../src/jobs/retention.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";

// The operator's view: /metrics, the public routes' rate limit, what /readyz tells, and the
// retention job, on a desk as `npm start` runs it.

const METRICS_TOKEN = "metrics-token-0123456789";
let t: TestDesk;
beforeAll(async () => {
  t = await startTestDesk({
    bot: false,
    // inject() comes from 127.0.0.1: that proxy is believed about X-Forwarded-For.
    env: { PUBLIC_RATE_LIMIT_PER_MINUTE: "5", TRUST_PROXY: "127.0.0.1", METRICS_TOKEN },
  });
});
afterAll(async () => {
  await t?.stop();
});

const metrics = async () => {
  const res = await t.desk.app.inject({ url: "/metrics", headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(res.statusCode).toBe(200);
  expect(res.headers["content-type"]).toContain("text/plain");
  return res.body;
};

/** The value of one sample line, e.g. desk_outbox_pending or desk_queue_open_tickets{queue="L1"}. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe("/metrics", () => {
  it("is refused without the token when METRICS_TOKEN is set", async () => {
    expect((await t.desk.app.inject({ url: "/metrics" })).statusCode).toBe(401);
    expect((await t.desk.app.inject({ url: "/metrics", headers: { authorization: "Bearer wrong-token-0123456789" } })).statusCode).toBe(401);
  });

  it("shows HTTP latency per route pattern, the outbox backlog, queue depth and the pool", async () => {
    const customer = await t.db.prisma.customer.create({ data: { telegramId: 990_001n, firstName: "M" } });
    const queue = await t.db.prisma.queue.findFirstOrThrow({ orderBy: { id: "asc" } });
    await t.db.prisma.ticket.create({
      data: {
        customerId: customer.id,
        topic: "other",
        queueId: queue.id,
        subject: "metrics",
        language: "en",
        firstResponseDueAt: new Date(Date.now() + 3_600_000),
        etaAt: new Date(Date.now() + 3_600_000),
      },
    });
    await t.db.prisma.outboxMessage.create({
      data: { chatId: 990_001n, payload: { text: "waiting" }, notBefore: new Date(Date.now() + 3_600_000), createdAt: new Date(Date.now() - 120_000) },
    });
    await t.desk.app.inject({ url: "/api/tickets/10001" });

    const text = await metrics();
    expect(text).toMatch(/desk_http_request_duration_seconds_count\{method="GET",route="\/api\/tickets\/:number",status_code="\d{3}"\} [1-9]/);
    expect(sample(text, "desk_outbox_pending")).toBeGreaterThanOrEqual(1);
    expect(sample(text, "desk_outbox_oldest_pending_age_seconds")).toBeGreaterThanOrEqual(100);
    expect(sample(text, `desk_queue_open_tickets{queue="${queue.code}"}`)).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'desk_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, "desk_inbox_pending")).toBe(0);
    for (const name of [
      "desk_updates_received_total",
      "desk_updates_processed_total",
      "desk_update_lag_seconds",
      "desk_telegram_calls_total",
      "desk_outbox_give_ups_total",
      "desk_sla_events_last_hour",
      "desk_sla_sweeps_total",
    ]) {
      expect(text, name).toContain(`# TYPE ${name} `);
    }
  });
});

describe("rate limit on public routes", () => {
  it("refuses the sixth search a minute from one address, with its own body and Retry-After", async () => {
    const from = (ip: string) => ({ url: "/api/kb/search?q=refund", headers: { "x-forwarded-for": ip } });
    for (let i = 0; i < 5; i++) expect((await t.desk.app.inject(from("203.0.113.7"))).statusCode).toBe(200);
    const refused = await t.desk.app.inject(from("203.0.113.7"));
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: "rate_limited", reason: expect.stringContaining("at most 5 a minute") });
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    // Another client (as the trusted proxy tells) has its own allowance.
    expect((await t.desk.app.inject(from("198.51.100.9"))).statusCode).toBe(200);
    // Routes that need sign-in or are for the operator are not counted.
    for (let i = 0; i < 7; i++) expect((await t.desk.app.inject({ url: "/healthz", headers: { "x-forwarded-for": "203.0.113.7" } })).statusCode).toBe(200);
    expect(await metrics()).toMatch(/desk_http_rate_limited_total\{route="\/api\/kb\/search"\} [1-9]/);
  });

  it("believes X-Forwarded-For only from the proxies TRUST_PROXY names", () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.0/8, 127.0.0.1" }).TRUST_PROXY).toEqual(["10.0.0.0/8", "127.0.0.1"]);
    expect(() => loadConfig({ TRUST_PROXY: "everyone" })).toThrow(/TRUST_PROXY/);
  });

  it("refuses an outbox lease shorter than a message's tries can take", () => {
    expect(() => loadConfig({ TELEGRAM_TIMEOUT_SECONDS: "30", OUTBOX_LEASE_SECONDS: "60" })).toThrow(
      /OUTBOX_LEASE_SECONDS: must be at least 3 x TELEGRAM_TIMEOUT_SECONDS \+ 10 \(100\)/,
    );
    expect(loadConfig({ TELEGRAM_TIMEOUT_SECONDS: "10", OUTBOX_LEASE_SECONDS: "40" }).OUTBOX_LEASE_SECONDS).toBe(40);
  });
});

describe("/readyz", () => {
  it("says unavailable without the database's error text", async () => {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    const failing = { $queryRaw: () => Promise.reject(new Error('password authentication failed for user "desk" at 10.1.2.3')) } as unknown as Db;
    await app.register(healthRoutes, { db: failing });
    const res = await app.inject({ url: "/readyz" });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: "unavailable" });
    await app.close();
  });
});

describe("retention", () => {
  it("deletes what is past its time and keeps the rest", async () => {
    const db = t.db.prisma;
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);
    const old = await db.outboxMessage.create({ data: { chatId: 991_001n, payload: {}, sentAt: daysAgo(31), createdAt: daysAgo(31) } });
    const oldFailed = await db.outboxMessage.create({ data: { chatId: 991_001n, payload: {}, failedAt: daysAgo(40), createdAt: daysAgo(40) } });
    const recent = await db.outboxMessage.create({ data: { chatId: 991_001n, payload: {}, sentAt: daysAgo(2), createdAt: daysAgo(2) } });
    const pendingOld = await db.outboxMessage.create({ data: { chatId: 991_001n, payload: {}, createdAt: daysAgo(60) } });
    await db.updateInbox.createMany({
      data: [
        { updateId: 991_000_001n, chatKey: "1", payload: {}, doneAt: daysAgo(2) },
        { updateId: 991_000_002n, chatKey: "1", payload: {}, doneAt: new Date() },
        { updateId: 991_000_003n, chatKey: "1", payload: {}, receivedAt: daysAgo(3) },
      ],
    });
    await db.kbSearchMiss.createMany({
      data: [
        { query: "old", lang: "en", createdAt: daysAgo(200) },
        { query: "new", lang: "en", createdAt: daysAgo(1) },
      ],
    });
    await db.auditLog.create({ data: { action: "ancient", createdAt: daysAgo(4000) } });
    await db.communityEvent.createMany({
      data: [
        { chatId: -100_991n, kind: "spam-removed", createdAt: daysAgo(200) },
        { chatId: -100_991n, kind: "spam-removed", createdAt: daysAgo(10) },
      ],
    });
    await db.$executeRaw`INSERT INTO telegram_rate_chats (bucket, chat, next_at) VALUES ('b', 'old', now() - interval '1 hour'), ('b', 'new', now() + interval '1 second')`;

    const deleted = await runRetention(t.desk.database.sql, DEFAULT_RETENTION);
    expect(deleted).toMatchObject({ outbox_messages: 2, update_inbox: 1, kb_search_misses: 1, community_events: 1, telegram_rate_chats: 1 });
    expect((await db.communityEvent.findMany({ where: { chatId: -100_991n } })).map((e) => e.createdAt.getTime() > daysAgo(30).getTime())).toEqual([true]);
    expect(deleted.audit_log).toBeUndefined();
    const outboxLeft = (await db.outboxMessage.findMany({ where: { chatId: 991_001n } })).map((m) => m.id);
    expect(outboxLeft.sort()).toEqual([recent.id, pendingOld.id].sort());
    expect(outboxLeft).not.toContain(old.id);
    expect(outboxLeft).not.toContain(oldFailed.id);
    expect((await db.updateInbox.findMany({ where: { updateId: { gte: 991_000_000n } } })).map((u) => u.updateId).sort()).toEqual([991_000_002n, 991_000_003n]);
    expect((await db.kbSearchMiss.findMany({ where: { query: { in: ["old", "new"] } } })).map((m) => m.query)).toEqual(["new"]);
    expect(await db.auditLog.count({ where: { action: "ancient" } })).toBe(1);

    // An audit retention, when the operator sets one, applies too.
    expect((await runRetention(t.desk.database.sql, { ...DEFAULT_RETENTION, auditDays: 3650 })).audit_log).toBe(1);
  });
});
