import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqlPool, type Sql } from "../../src/db/sql.js";
import { sendDailyDigest } from "../../src/domain/analytics/digest.js";
import { recentVolumes } from "../../src/domain/analytics/volume-chart.js";
import { createDeliveryApi } from "../../src/notify/delivery-api.js";
import { OutboxDelivery } from "../../src/notify/delivery.js";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";
import { domainDeps, makeCustomer } from "../helpers/domain.js";
import { startFakeBotApi } from "../helpers/fake-bot-api.js";

// The daily digest as the staff alert chat gets it: a chart of the last two weeks' tickets per
// day (a PNG drawn on the server) with the digest as its caption, in the desk's language, then
// the key numbers and the community's figures (spam share among them); the chart leaves the
// outbox as an upload.

const ALERTS = -100888n;
const TOKEN = "123456789:TEST-token-for-the-fake-api-0123456789";
const DAY = 86_400_000;
let tdb: TestDatabase;
let sql: Sql;
// Tickets on the 14 desk days before the digest: day i (1 = yesterday) holds i tickets.
const counts = Array.from({ length: 14 }, (_, i) => 14 - i);

beforeAll(async () => {
  tdb = await createTestDatabase();
  sql = createSqlPool(tdb.url, 2);
});

afterAll(async () => {
  await sql?.end();
  await tdb?.drop();
});

/** The width and height a PNG declares in its IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("the daily digest", () => {
  it("goes out as a chart of the last 14 days with the digest as its caption, in the desk's language, with the community's figures", async () => {
    const deps = domainDeps(tdb.prisma, { staffAlertChatId: ALERTS, defaultLanguage: "ru" });
    const now = deps.clock.now(); // 2 March 2026, 09:00 UTC: 12:00 in Moscow
    const customer = await makeCustomer(tdb.prisma);
    // In Moscow time, day i before 2 March; 23:30 Moscow is still that day (20:30 UTC).
    for (const [i, n] of counts.entries()) {
      const localDay = new Date(Date.UTC(2026, 2, 2) - (i + 1) * DAY);
      await sql.query(
        `INSERT INTO tickets (customer_id, topic, queue_id, priority, status, subject, language, source, first_response_due_at, resolution_due_at, eta_at, created_at, updated_at, queue_rank, topic_rank)
         SELECT $1, 'other', (SELECT min(id) FROM queues), 'normal', 'closed', 's', 'ru', 'bot', c, c, c, c, c, 0, 0
         FROM (SELECT $2::timestamp + interval '20 hours 30 minutes' - (g % 2) * interval '19 hours' AS c FROM generate_series(1, $3) g) x`,
        [customer.id, localDay.toISOString(), n],
      );
    }
    // 22:00 UTC on 1 March is 01:00 on 2 March in Moscow: today there, so not on the chart.
    await sql.query(
      `INSERT INTO tickets (customer_id, topic, queue_id, priority, status, subject, language, source, first_response_due_at, resolution_due_at, eta_at, created_at, updated_at, queue_rank, topic_rank)
       VALUES ($1, 'other', (SELECT min(id) FROM queues), 'normal', 'closed', 's', 'ru', 'bot', $2, $2, $2, $2, $2, 0, 0)`,
      [customer.id, "2026-03-01T22:00:00Z"],
    );
    const volumes = await recentVolumes(sql, now, "Europe/Moscow");
    expect(volumes.map((v) => v.day)).toEqual(Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2026, 2, 2) - (14 - i) * DAY).toISOString().slice(0, 10)));
    expect(volumes.map((v) => v.count)).toEqual([...counts].reverse());

    // The group's last 24 hours: 8 messages let through, 2 spam, 1 held back; 3 captchas, 2 passed.
    const kinds = [
      ...Array(8).fill("message"),
      "spam",
      "spam",
      "blocked",
      "captcha-start",
      "captcha-start",
      "captcha-start",
      "captcha-pass",
      "captcha-pass",
      "captcha-fail",
    ];
    for (const [i, kind] of kinds.entries()) {
      await tdb.prisma.communityEvent.create({
        data: { chatId: -100500n, userId: BigInt(700 + i), kind, createdAt: new Date(now.getTime() - (i + 1) * 60_000) },
      });
    }

    const digest = await sendDailyDigest({ ...deps, sql, timeZone: "Europe/Moscow" });
    // The 24 h before 09:00 UTC: yesterday's evening tickets (7) and the one just after midnight.
    expect(digest?.opened).toBe(8);
    const rows = await tdb.prisma.outboxMessage.findMany({ where: { chatId: ALERTS }, orderBy: { id: "asc" } });
    const [photo, numbers, community] = rows.map((r) => ({ method: r.method, payload: r.payload as Record<string, string> }));
    expect(photo!.method).toBe("sendPhoto");
    expect(photo!.payload.caption).toContain("📊 Сводка за день (2026-03-02)");
    expect(photo!.payload.caption).toContain("новые обращения по дням за последние две недели");
    const png = Buffer.from(photo!.payload.photo!.replace(/^data:image\/png;base64,/, ""), "base64");
    expect(pngSize(png)).toEqual({ width: 800, height: 360 });
    expect(numbers!.payload.text).toContain("Ключевые показатели за 24 ч");
    expect(community!.payload.text).toContain("👥 Сообщество за 24 ч");
    // spam share = spam / (let through + spam + held back) = 2 / 11
    expect(community!.payload.text).toContain("спам: 2 (18.18%, —)");
    expect(community!.payload.text).toContain("Капча: начали 3, прошли 66.7%");

    // Delivered: the chart reaches Telegram as an uploaded PNG with the caption.
    const api = await startFakeBotApi();
    const delivery = new OutboxDelivery({
      db: tdb.prisma,
      databaseUrl: tdb.url,
      api: createDeliveryApi(TOKEN, api.url, 30),
      clock: { now: () => new Date() },
      log: pino({ level: "silent" }),
    });
    await delivery.start();
    try {
      await expect.poll(() => tdb.prisma.outboxMessage.count({ where: { chatId: ALERTS, sentAt: null } }), { timeout: 20_000, interval: 50 }).toBe(0);
    } finally {
      await delivery.stop();
      await api.close();
    }
    const sent = api.calls.find((c) => c.method === "sendPhoto");
    expect(sent?.multipart).toBe(true);
    expect(sent?.body.caption).toBe(photo!.payload.caption);
    expect(sent?.body.photo).toMatchObject({ name: "chart.png", size: png.length });
  });

  it("stays one message without the database pool (no chart, no key numbers)", async () => {
    const chat = -100999n;
    const deps = domainDeps(tdb.prisma, { staffAlertChatId: chat, defaultLanguage: "en" });
    await sendDailyDigest(deps);
    const rows = await tdb.prisma.outboxMessage.findMany({ where: { chatId: chat } });
    expect(rows.map((r) => r.method)).toEqual(["sendMessage"]);
  });
});
