import pino from "pino";
import { describe, expect, it } from "vitest";
import { createDeliveryApi } from "../../src/notify/delivery-api.js";
import { OutboxDelivery } from "../../src/notify/delivery.js";
import { useTestDatabase } from "../helpers/database.js";
import { domainDeps, makeCustomer } from "../helpers/domain.js";
import { startFakeBotApi } from "../helpers/fake-bot-api.js";

// A crash between Telegram taking a message and the outbox writing sent_at. The outbox marks a
// row "on the wire" only when the call is let go; after a crash, a row claimed but never on the
// wire is certainly unsent, and a row on the wire is in doubt: sent again, and recorded as such.

const tdb = useTestDatabase();

const TOKEN = "123456789:TEST-token-for-the-fake-api-0123456789";

describe("outbox rows left by a crash", () => {
  it("marks a message as being sent only while it is on the wire", async () => {
    const seen: Array<{ text: string; sendingAt: Date | null }> = [];
    const api = await startFakeBotApi();
    const deps = domainDeps(tdb.prisma);
    const customer = await makeCustomer(tdb.prisma);
    await tdb.prisma.$transaction(async (tx) => {
      for (const text of ["one", "two", "three"]) await deps.notifier.sendContent(tx, customer, { html: text });
    });
    const delivery = new OutboxDelivery({
      db: tdb.prisma,
      databaseUrl: tdb.url,
      api: createDeliveryApi(TOKEN, api.url, 30),
      clock: { now: () => new Date() },
      log: pino({ level: "silent" }),
    });
    // While the fake Bot API holds a call, look at the rows: only that one is on the wire.
    const watching = setInterval(() => {
      void tdb.prisma.outboxMessage.findMany({ where: { chatId: customer.telegramId }, orderBy: { id: "asc" } }).then((rows) => {
        for (const r of rows) if (r.sendingAt && !r.sentAt) seen.push({ text: (r.payload as { text: string }).text, sendingAt: r.sendingAt });
      });
    }, 20);
    await delivery.start();
    try {
      await expect
        .poll(() => tdb.prisma.outboxMessage.count({ where: { chatId: customer.telegramId, sentAt: null } }), { timeout: 15_000, interval: 50 })
        .toBe(0);
    } finally {
      clearInterval(watching);
      await delivery.stop();
      await api.close();
    }
    const rows = await tdb.prisma.outboxMessage.findMany({ where: { chatId: customer.telegramId }, orderBy: { id: "asc" } });
    expect(rows.every((r) => r.sentAt && r.sendingAt === null)).toBe(true);
    expect(api.calls.filter((c) => c.method === "sendMessage").map((c) => c.body.text)).toEqual(["one", "two", "three"]);
    // Never more than one of the chat's messages on the wire at once (a chat's are a second apart).
    const atOnce = new Map<number, Set<string>>();
    for (const s of seen) atOnce.set(s.sendingAt!.getTime(), new Set([...(atOnce.get(s.sendingAt!.getTime()) ?? []), s.text]));
    expect([...atOnce.values()].every((texts) => texts.size === 1)).toBe(true);
  });

  it("sends a claimed row that never reached the wire once, and a row in doubt again, recorded", async () => {
    const api = await startFakeBotApi();
    const deps = domainDeps(tdb.prisma);
    const customer = await makeCustomer(tdb.prisma);
    const ticket = await tdb.prisma.ticket.create({
      data: {
        number: 990_001,
        customerId: customer.id,
        topic: "payment",
        subject: "Charged twice",
        priority: "normal",
        language: "en",
        source: "bot",
        queueId: (await tdb.prisma.queue.findFirstOrThrow({ where: { code: "L1" } })).id,
        firstResponseDueAt: new Date(Date.now() + 3_600_000),
        etaAt: new Date(Date.now() + 3_600_000),
      },
    });
    await tdb.prisma.$transaction(async (tx) => {
      await deps.notifier.sendContent(tx, customer, { html: "claimed, never sent" }, { ticketId: ticket.id });
      await deps.notifier.sendContent(tx, customer, { html: "on the wire when the process died" }, { ticketId: ticket.id });
    });
    const [claimed, onWire] = await tdb.prisma.outboxMessage.findMany({ where: { chatId: customer.telegramId }, orderBy: { id: "asc" } });
    // What a process killed mid-delivery leaves behind, its lease run out.
    const expired = new Date(Date.now() - 1000);
    await tdb.prisma.outboxMessage.update({ where: { id: claimed!.id }, data: { attempts: 1, notBefore: expired } });
    await tdb.prisma.outboxMessage.update({ where: { id: onWire!.id }, data: { attempts: 1, notBefore: expired, sendingAt: new Date(Date.now() - 31_000) } });

    const delivery = new OutboxDelivery({
      db: tdb.prisma,
      databaseUrl: tdb.url,
      api: createDeliveryApi(TOKEN, api.url, 30),
      clock: { now: () => new Date() },
      log: pino({ level: "silent" }),
    });
    await delivery.start();
    try {
      await expect
        .poll(() => tdb.prisma.outboxMessage.count({ where: { chatId: customer.telegramId, sentAt: null } }), { timeout: 15_000, interval: 50 })
        .toBe(0);
    } finally {
      await delivery.stop();
      await api.close();
    }
    expect(api.calls.filter((c) => c.method === "sendMessage").map((c) => c.body.text)).toEqual(["claimed, never sent", "on the wire when the process died"]);
    const after = await tdb.prisma.outboxMessage.findMany({ where: { chatId: customer.telegramId }, orderBy: { id: "asc" } });
    expect(after.map((r) => [Boolean(r.sentAt), r.sendingAt])).toEqual([
      [true, null],
      [true, null],
    ]);
    expect(after[0]!.lastError).toBeNull();
    expect(after[1]!.lastError).toMatch(/in doubt/);
    const events = await tdb.prisma.ticketEvent.findMany({ where: { ticketId: ticket.id, type: "delivery-in-doubt" } });
    expect(events.map((e) => (e.data as { outboxId: number }).outboxId)).toEqual([onWire!.id]);
  });
});
