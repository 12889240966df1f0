import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeBotApi } from "../helpers/fake-bot-api.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";

// The Bot API here is a fake that can refuse: a customer who blocked the bot answers 403.
const CUSTOMER = 7001;
const BLOCKED = 7002;
const AGENT = 7101;

let t: TestDesk;
let api: Awaited<ReturnType<typeof startFakeBotApi>>;
const blocked = new Set<number>();
beforeAll(async () => {
  api = await startFakeBotApi({
    fail: ({ method, body }) =>
      method !== "getMe" && blocked.has(Number(body.chat_id)) ? { code: 403, description: "Forbidden: bot was blocked by the user" } : null,
  });
  t = await startTestDesk({
    bot: false,
    env: {
      BOT_TOKEN: "123456789:TEST-token-for-the-fake-api-0123456789",
      TELEGRAM_API_ROOT: api.url,
      BOT_MODE: "webhook",
      PUBLIC_URL: "https://desk.example.test",
      ADMIN_IDS: String(AGENT),
    },
  });
});
afterAll(async () => {
  await t?.stop();
  await api?.close();
});

let updateId = 1;
function update(from: number, text: string | undefined, extra: Record<string, unknown> = {}) {
  return {
    update_id: updateId++,
    message: {
      message_id: 100 + updateId,
      date: 0,
      chat: { id: from, type: "private", first_name: "X" },
      from: { id: from, is_bot: false, first_name: from === AGENT ? "Ada" : "Cat", language_code: "en" },
      ...(text !== undefined ? { text } : {}),
      ...(text?.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] } : {}),
      ...extra,
    },
  };
}

async function openTicketFor(customer: number): Promise<number> {
  const bot = t.desk.bot!;
  await bot.handleUpdate(update(customer, "I need a human operator") as never);
  await bot.handleUpdate({
    update_id: updateId++,
    callback_query: {
      id: "cb",
      chat_instance: "c",
      data: "i:consent-yes",
      from: { id: customer, is_bot: false, first_name: "Cat" },
      message: { message_id: 1, date: 0, chat: { id: customer, type: "private" } },
    },
  } as never);
  const ticket = await t.db.prisma.ticket.findFirstOrThrow({ where: { customer: { telegramId: BigInt(customer) } } });
  return ticket.number;
}

/** Waits until every message was sent or given up on (the delivery worker runs on its own). */
async function delivered() {
  await expect.poll(() => t.db.prisma.outboxMessage.count({ where: { sentAt: null, failedAt: null } }), { timeout: 10_000 }).toBe(0);
}

describe("delivery of agent replies", () => {
  it("sends photos and documents with the agent's words as the caption", async () => {
    const number = await openTicketFor(CUSTOMER);
    await t.desk.bot!.handleUpdate(update(AGENT, `/take ${number}`) as never);
    await t.desk.bot!.handleUpdate(update(AGENT, `/r ${number} Here is where to click`) as never);
    await delivered();
    const card = api.calls.find((c) => c.method === "sendMessage" && Number(c.body.chat_id) === AGENT && String(c.body.text).includes(`💬 #${number}`))!;
    expect(card).toBeDefined();
    const cardId = api.calls.filter((c) => c.method.startsWith("send")).indexOf(card) + 1; // the fake numbers messages in order
    await t.desk.bot!.handleUpdate(
      update(AGENT, undefined, {
        caption: "Settings > Payments",
        photo: [{ file_id: "ph-1", file_unique_id: "u1", width: 10, height: 10 }],
        reply_to_message: { message_id: cardId, date: 0, chat: { id: AGENT, type: "private" } },
      }) as never,
    );
    await delivered();
    const photo = api.calls.find((c) => c.method === "sendPhoto" && Number(c.body.chat_id) === CUSTOMER);
    expect(photo?.body).toMatchObject({ photo: "ph-1", parse_mode: "HTML" });
    expect(String(photo?.body.caption)).toContain("Settings &gt; Payments");

    // And the other way: the customer's document reaches the agent, captioned, ready to reply to.
    await t.desk.bot!.handleUpdate(
      update(CUSTOMER, undefined, {
        caption: "my statement",
        document: { file_id: "doc-1", file_unique_id: "ud1", file_name: "statement.pdf", mime_type: "application/pdf" },
      }) as never,
    );
    await delivered();
    const doc = api.calls.find((c) => c.method === "sendDocument" && Number(c.body.chat_id) === AGENT);
    expect(doc?.body).toMatchObject({ document: "doc-1", parse_mode: "HTML" });
    expect(String(doc?.body.caption)).toContain(`💬 #${number} · Cat: my statement`);
  });

  it("gives up cleanly when the customer has blocked the bot, and tells the agent", async () => {
    const number = await openTicketFor(BLOCKED);
    await delivered();
    blocked.add(BLOCKED); // the customer blocks the bot after opening the ticket

    await t.desk.bot!.handleUpdate(update(AGENT, `/take ${number}`) as never);
    await t.desk.bot!.handleUpdate(update(AGENT, `/r ${number} Are you still there?`) as never);
    await delivered();
    const customer = await t.db.prisma.customer.findUniqueOrThrow({ where: { telegramId: BigInt(BLOCKED) } });
    expect(customer.unreachableAt).toBeInstanceOf(Date);
    const ticket = await t.db.prisma.ticket.findUniqueOrThrow({ where: { number }, include: { events: true, messages: true } });
    expect(ticket.messages.map((m) => m.text)).toContain("Are you still there?");
    // The "agent is handling it" notice and the reply both failed; only the reply's author is told.
    expect(ticket.events.filter((e) => e.type === "delivery-failed")).toHaveLength(2);
    const told = api.calls.filter((c) => Number(c.body.chat_id) === AGENT && String(c.body.text ?? "").includes("customer has blocked the bot"));
    expect(told).toHaveLength(1);
    // Each refused message was tried once: a 403 is final.
    const refused = await t.db.prisma.outboxMessage.findMany({ where: { chatId: BigInt(BLOCKED), failedAt: { not: null } } });
    expect(refused.map((a) => a.attempts)).toEqual([1, 1]);
  });
});
