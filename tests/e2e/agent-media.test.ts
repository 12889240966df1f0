import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInitData } from "../helpers/browser.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { startFakeBotApi } from "../helpers/fake-bot-api.js";

// What a customer sends on an open ticket reaches the agent who holds it as they sent it: an
// album as one album, an edit as an edit. The emulator cannot take albums, so Telegram is played
// here by a fake Bot API that records every call; updates arrive as Telegram's webhook posts them.

const TOKEN = "123456789:TEST-token-for-the-fake-api-0123456789";
const CUSTOMER = 7301;
const AGENT = 7401;

let t: TestDesk;
let api: Awaited<ReturnType<typeof startFakeBotApi>>;
beforeAll(async () => {
  api = await startFakeBotApi();
  t = await startTestDesk({
    bot: false,
    env: { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, BOT_MODE: "webhook", PUBLIC_URL: "https://desk.example.test", ADMIN_IDS: String(AGENT) },
  });
});
afterAll(async () => {
  await t?.stop();
  await api?.close();
});

let updateId = 1;
let messageId = 500;
function message(from: number, extra: Record<string, unknown>) {
  return {
    update_id: updateId++,
    message: {
      message_id: messageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from, type: "private", first_name: "X" },
      from: { id: from, is_bot: false, first_name: from === AGENT ? "Ada" : "Cat", language_code: "en" },
      ...(typeof extra.text === "string" && extra.text.startsWith("/")
        ? { entities: [{ type: "bot_command", offset: 0, length: extra.text.split(" ")[0]!.length }] }
        : {}),
      ...extra,
    },
  };
}
const photo = (id: string) => [
  { file_id: `${id}-small`, file_unique_id: `${id}-us`, width: 90, height: 90 },
  { file_id: id, file_unique_id: `u-${id}`, width: 800, height: 600 },
];

async function delivered() {
  await expect.poll(() => t.db.prisma.outboxMessage.count({ where: { sentAt: null, failedAt: null } }), { timeout: 15_000 }).toBe(0);
}

const callsTo = (chatId: number, method?: string) => api.calls.filter((c) => Number(c.body.chat_id) === chatId && (!method || c.method === method));

describe("a customer's album and edits on an open ticket", () => {
  it("reach the agent as one album and as an edit notice under the copy", async () => {
    const bot = t.desk.bot!;
    const user = { id: CUSTOMER, first_name: "Cat", language_code: "en" };
    const headers = { authorization: `tma ${signedInitData(user, new Date(), TOKEN)}` };
    expect((await t.desk.app.inject({ method: "PATCH", url: "/api/me/settings", headers, payload: { consent: true } })).statusCode).toBe(200);
    const created = await t.desk.app.inject({
      method: "POST",
      url: "/api/tickets",
      headers,
      payload: { topic: "feature", description: "The export page shows an error" },
    });
    expect(created.statusCode).toBe(201);
    const number = created.json().ticket.number as number;
    await bot.handleUpdate(message(AGENT, { text: `/take ${number}` }) as never);
    await delivered();

    // Three photos sent together: Telegram delivers three updates with one media_group_id.
    await bot.handleUpdate(message(CUSTOMER, { media_group_id: "album-7", photo: photo("p1"), caption: "Screens of the error" }) as never);
    await bot.handleUpdate(message(CUSTOMER, { media_group_id: "album-7", photo: photo("p2") }) as never);
    await bot.handleUpdate(message(CUSTOMER, { media_group_id: "album-7", photo: photo("p3") }) as never);
    await delivered();
    const albums = callsTo(AGENT, "sendMediaGroup");
    expect(albums).toHaveLength(1);
    const media = albums[0]!.body.media as Array<{ type: string; media: string; caption?: string }>;
    expect(media.map((m) => [m.type, m.media])).toEqual([
      ["photo", "p1"],
      ["photo", "p2"],
      ["photo", "p3"],
    ]);
    expect(media[0]!.caption).toContain(`💬 #${number} · Cat: Screens of the error`);
    expect(callsTo(AGENT, "sendPhoto")).toHaveLength(0);
    const stored = await t.db.prisma.ticketMessage.findMany({ where: { ticket: { number }, mediaGroupId: "album-7" } });
    expect(stored).toHaveLength(1);
    expect((stored[0]!.attachments as unknown[]).length).toBe(3);

    // The customer corrects a message: the agent sees the new words, as a reply to their copy.
    const original = message(CUSTOMER, { text: "My order number is 5521" });
    await bot.handleUpdate(original as never);
    await delivered();
    const copy = await t.db.prisma.outboxMessage.findFirstOrThrow({
      where: { chatId: BigInt(AGENT), kind: "agent-copy", payload: { path: ["text"], string_contains: "My order number is 5521" } },
    });
    await bot.handleUpdate({
      update_id: updateId++,
      edited_message: { ...original.message, text: "My order number is 5512", edit_date: Math.floor(Date.now() / 1000) },
    } as never);
    await delivered();
    const notice = callsTo(AGENT, "sendMessage").find((c) => String(c.body.text).includes("edited a message"));
    expect(String(notice?.body.text)).toBe(`✏️ #${number} · Cat edited a message. It now reads: My order number is 5512`);
    expect(notice?.body.reply_parameters).toMatchObject({ message_id: copy.telegramMessageId });
    const edited = await t.db.prisma.ticketMessage.findFirstOrThrow({
      where: { telegramChatId: BigInt(CUSTOMER), telegramMessageId: original.message.message_id },
    });
    expect(edited).toMatchObject({ text: "My order number is 5512", editedAt: expect.any(Date) });
  });

  it("carries an agent's album to the customer as one album, signed once", async () => {
    const bot = t.desk.bot!;
    const number = (await t.db.prisma.ticket.findFirstOrThrow({ where: { customer: { telegramId: BigInt(CUSTOMER) } } })).number;
    const card = await t.db.prisma.outboxMessage.findFirstOrThrow({
      where: { chatId: BigInt(AGENT), kind: "agent-copy", telegramMessageId: { not: null } },
      orderBy: { id: "desc" },
    });
    const replyTo = { reply_to_message: { message_id: card.telegramMessageId, date: 0, chat: { id: AGENT, type: "private" } } };
    const before = callsTo(CUSTOMER, "sendMediaGroup").length;
    // Only the first part carries the reply; the second follows it by its media group.
    await bot.handleUpdate(message(AGENT, { media_group_id: "agent-album-1", photo: photo("a1"), caption: "Here is where to click", ...replyTo }) as never);
    await bot.handleUpdate(message(AGENT, { media_group_id: "agent-album-1", photo: photo("a2") }) as never);
    await delivered();
    const albums = callsTo(CUSTOMER, "sendMediaGroup").slice(before);
    expect(albums).toHaveLength(1);
    const media = albums[0]!.body.media as Array<{ media: string; caption?: string }>;
    expect(media.map((m) => m.media)).toEqual(["a1", "a2"]);
    expect(media[0]!.caption).toBe("<b>Ada</b>, support:\nHere is where to click");
    expect(media[1]!.caption).toBeUndefined();
    expect(callsTo(AGENT, "sendMessage").some((c) => String(c.body.text).includes("isn't linked to a ticket"))).toBe(false);
    const stored = await t.db.prisma.ticketMessage.findMany({ where: { ticket: { number }, author: "staff" } });
    expect(stored.map((m) => (m.attachments as unknown[]).length)).toEqual([2]);
  });

  it("sends a lone part of an album as a single photo (Telegram wants two or more in a media group)", async () => {
    const bot = t.desk.bot!;
    const number = (await t.db.prisma.ticket.findFirstOrThrow({ where: { customer: { telegramId: BigInt(CUSTOMER) } } })).number;
    const before = callsTo(AGENT, "sendPhoto").length;
    await bot.handleUpdate(message(CUSTOMER, { media_group_id: "album-8", photo: photo("solo"), caption: "one more" }) as never);
    await delivered();
    const single = callsTo(AGENT, "sendPhoto").slice(before);
    expect(single).toHaveLength(1);
    expect(single[0]!.body).toMatchObject({ photo: "solo", parse_mode: "HTML" });
    expect(String(single[0]!.body.caption)).toContain(`💬 #${number} · Cat: one more`);
  });
});
