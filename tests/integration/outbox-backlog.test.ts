import pino from "pino";
import { describe, expect, it } from "vitest";
import type { Prisma } from "../../src/db/index.js";
import { createDeliveryApi } from "../../src/notify/delivery-api.js";
import { OutboxDelivery } from "../../src/notify/delivery.js";
import { ticketOfBotMessage, ticketsOfBotMessage } from "../../src/domain/tickets/agent-views.js";
import { openTicket } from "../../src/domain/tickets/tickets.js";
import { useTestDatabase } from "../helpers/database.js";
import { domainDeps, makeCustomer } from "../helpers/domain.js";
import { startFakeBotApi } from "../helpers/fake-bot-api.js";

// One agent's chat with a backlog must neither hold back other chats' messages nor make the agent
// read minutes-old customer messages one per second.

const tdb = useTestDatabase();

const TOKEN = "123456789:TEST-token-for-the-fake-api-0123456789";

async function deliverAll(api: { url: string }, batchSize = 10) {
  const delivery = new OutboxDelivery({
    db: tdb.prisma,
    databaseUrl: tdb.url,
    api: createDeliveryApi(TOKEN, api.url, 1000),
    clock: { now: () => new Date() },
    log: pino({ level: "silent" }),
    batchSize,
    pollMs: 100,
  });
  await delivery.start();
  try {
    await expect.poll(() => tdb.prisma.outboxMessage.count({ where: { sentAt: null, failedAt: null } }), { timeout: 20_000, interval: 50 }).toBe(0);
  } finally {
    await delivery.stop();
  }
}

function row(chatId: bigint, text: string, extra: Partial<Prisma.OutboxMessageCreateManyInput> = {}): Prisma.OutboxMessageCreateManyInput {
  return { chatId, method: "sendMessage", payload: { text, parse_mode: "HTML" }, ...extra };
}

describe("an agent's backlog", () => {
  it("does not keep other chats' receipts waiting", async () => {
    await tdb.prisma.outboxMessage.deleteMany({});
    const agentChat = 700_000_001n;
    // Cards with buttons cannot share a message: the backlog stays a backlog.
    const backlog = Array.from({ length: 9 }, (_, i) =>
      row(agentChat, `card ${i}`, {
        kind: "ticket-card",
        payload: { text: `card ${i}`, reply_markup: { inline_keyboard: [[{ text: "Take", callback_data: "take:1" }]] } },
      }),
    );
    await tdb.prisma.outboxMessage.createMany({ data: backlog });
    const receipts = Array.from({ length: 20 }, (_, i) => row(BigInt(710_000_000 + i), `receipt ${i}`));
    await tdb.prisma.outboxMessage.createMany({ data: receipts });

    const order: string[] = [];
    const api = await startFakeBotApi({ onSend: ({ text }) => order.push(text) });
    try {
      await deliverAll(api, 4);
    } finally {
      await api.close();
    }
    // The agent's chat goes one message a second; every receipt left within its first ones (with
    // the batch taken from the oldest rows overall, they waited for all but the last 4 cards).
    const lastReceipt = Math.max(...order.map((t, i) => (t.startsWith("receipt") ? i : -1)));
    expect(order.filter((t) => t.startsWith("receipt"))).toHaveLength(20);
    expect(order.filter((t) => t.startsWith("card"))).toEqual(backlog.map((_, i) => `card ${i}`));
    expect(order.slice(0, lastReceipt + 1).filter((t) => t.startsWith("card")).length).toBeLessThanOrEqual(2);
  });

  it("sends waiting customer messages to the agent together, in order, and a reply to them names no single ticket", async () => {
    const deps = domainDeps(tdb.prisma);
    const [a, b] = await Promise.all([makeCustomer(tdb.prisma), makeCustomer(tdb.prisma)]);
    const t1 = (await openTicket(deps, { customerId: a.id, topic: "other", text: "first ticket", handoff: null, source: "bot" })).ticket;
    const t2 = (await openTicket(deps, { customerId: b.id, topic: "other", text: "second ticket", handoff: null, source: "bot" })).ticket;
    const agentChat = 700_000_002n;
    // Only the agent's chat is looked at here: the tickets' own notices are not part of it.
    await tdb.prisma.outboxMessage.deleteMany({});
    let source = 1;
    const copy = (ticketId: number, text: string) => row(agentChat, text, { kind: "agent-copy", ticketId, sourceMessageId: source++ });
    await tdb.prisma.outboxMessage.createMany({
      data: [
        copy(t1.id, "💬 #1 · A: one"),
        copy(t2.id, "💬 #2 · B: two"),
        copy(t1.id, "💬 #1 · A: three"),
        // A card with a button keeps its place: what follows it comes after it.
        row(agentChat, "a card", {
          kind: "ticket-card",
          ticketId: t2.id,
          payload: { text: "a card", reply_markup: { inline_keyboard: [[{ text: "Take", callback_data: "take:2" }]] } },
        }),
        copy(t2.id, "💬 #2 · B: four"),
        copy(t2.id, "💬 #2 · B: five"),
        // A card for one ticket ("Assigned to you") goes alone: the agent replies to it.
        row(agentChat, "📥 #1 is yours", { kind: "agent-copy", ticketId: t1.id }),
        copy(t1.id, "💬 #1 · A: six"),
      ],
    });

    const got: string[] = [];
    const api = await startFakeBotApi({ onSend: ({ chatId, text }) => chatId === Number(agentChat) && got.push(text) });
    try {
      await deliverAll(api);
    } finally {
      await api.close();
    }
    expect(got).toEqual([
      "💬 #1 · A: one\n\n💬 #2 · B: two\n\n💬 #1 · A: three",
      "a card",
      "💬 #2 · B: four\n\n💬 #2 · B: five",
      "📥 #1 is yours",
      "💬 #1 · A: six",
    ]);

    const rows = await tdb.prisma.outboxMessage.findMany({ where: { chatId: agentChat }, orderBy: { id: "asc" } });
    expect(rows.every((r) => r.sentAt !== null && r.telegramMessageId !== null)).toBe(true);
    const [m1, m2, m3, card, m4, m5, assigned] = rows.map((r) => r.telegramMessageId!);
    expect(new Set([m1, m2, m3]).size).toBe(1);
    expect(m4).toBe(m5);
    expect(new Set([m1, card, m4]).size).toBe(3);
    // Two tickets in one message: a reply to it cannot say which one is meant.
    expect(await ticketOfBotMessage(deps, agentChat, m1!)).toBeNull();
    expect(await ticketsOfBotMessage(deps, agentChat, m1!)).toEqual([t1.number, t2.number]);
    // One ticket's messages together: a reply goes to that ticket.
    expect(await ticketOfBotMessage(deps, agentChat, m4!)).toBe(t2.number);
    expect(await ticketOfBotMessage(deps, agentChat, assigned!)).toBe(t1.number);
  });

  it("gives the waiting copies back cleanly when Telegram refuses the combined message", async () => {
    await tdb.prisma.outboxMessage.deleteMany({});
    const agentChat = 700_000_003n;
    const texts = ["💬 #1 · A: one", "💬 #1 · A: two", "💬 #1 · A: three"];
    await tdb.prisma.outboxMessage.createMany({ data: texts.map((t, i) => row(agentChat, t, { kind: "agent-copy", sourceMessageId: i + 1 })) });
    let refused = 0;
    const got: string[] = [];
    const api = await startFakeBotApi({
      // Telegram answers the first delivery's three tries with an error: a definite no.
      fail: ({ method }) => (method === "sendMessage" && refused++ < 3 ? { code: 500, description: "Internal Server Error" } : null),
      onSend: ({ text }) => got.push(text),
    });
    try {
      await deliverAll(api);
    } finally {
      await api.close();
    }
    expect(refused).toBe(4);
    expect(got).toEqual([texts.join("\n\n")]);
    // Nothing is taken for "maybe sent before": the refusal was an answer.
    const rows = await tdb.prisma.outboxMessage.findMany({ where: { chatId: agentChat } });
    expect(rows.map((r) => [r.sendingAt, r.lastError?.startsWith("in doubt") ?? false])).toEqual(texts.map(() => [null, false]));
  });
});
