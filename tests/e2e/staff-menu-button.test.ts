import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { start, type RunningDesk } from "../../src/desk.js";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";
import { startFakeBotApi, type ApiCall } from "../helpers/fake-bot-api.js";
import { TEST_BOT_INFO, TEST_TOKEN, type RawUpdate } from "../helpers/telegram.js";

// The menu button beside the chat with the bot: staff whose role opens the staff pages get the
// Mini App's staff pages there, in their language; customers keep the bot's usual button (no call
// for them); someone who stops being staff gets the usual button back. Telegram's side is a fake
// Bot API that records every call (the emulator does not know setChatMenuButton).

const SECRET = "menu-button-secret";
let db: TestDatabase;
let api: Awaited<ReturnType<typeof startFakeBotApi>>;
let desk: RunningDesk;
let nextUpdate = 900_000;
let config: ReturnType<typeof loadConfig>;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startFakeBotApi();
  config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: db.url,
    QUIET_HOURS: "none",
    BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: api.url,
    BOT_MODE: "webhook",
    PUBLIC_URL: "https://desk.example.test",
    MINI_APP_URL: "https://desk.example.test/app/",
    WEBHOOK_SECRET: SECRET,
  });
  desk = await start(config, { log: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }), botInfo: TEST_BOT_INFO });
}, 60_000);

afterAll(async () => {
  await desk?.stop();
  await api?.close();
  await db?.drop();
});

async function say(user: { id: number; language_code: string }, text: string, to: RunningDesk = desk): Promise<void> {
  const update: RawUpdate = {
    update_id: nextUpdate++,
    message: {
      message_id: nextUpdate,
      date: Math.floor(Date.now() / 1000),
      chat: { id: user.id, type: "private", first_name: "P" },
      from: { id: user.id, is_bot: false, first_name: "P", language_code: user.language_code },
      text,
      ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] } : {}),
    },
  };
  const res = await to.app.inject({
    method: "POST",
    url: "/telegram/webhook",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    payload: update,
  });
  expect(res.statusCode).toBe(200);
}

const buttonsFor = (chatId: number) => api.calls.filter((c: ApiCall) => c.method === "setChatMenuButton" && Number(c.body.chat_id) === chatId);
/** Waits until the chat's update was answered (the button is set after the answer). */
const answered = (chatId: number, before: number) =>
  expect
    .poll(() => api.calls.filter((c) => c.method === "sendMessage" && Number(c.body.chat_id) === chatId).length, { timeout: 15_000 })
    .toBeGreaterThan(before);
const sentTo = (chatId: number) => api.calls.filter((c) => c.method === "sendMessage" && Number(c.body.chat_id) === chatId).length;

describe("the menu button", () => {
  it("opens the staff pages for staff, once per chat, in their language", async () => {
    const supervisor = { id: 8101, language_code: "ru" };
    await db.prisma.staffMember.create({ data: { telegramId: BigInt(supervisor.id), displayName: "Sveta", role: "supervisor", languageCode: "ru" } });
    await say(supervisor, "/board");
    await expect.poll(() => buttonsFor(supervisor.id).length, { timeout: 15_000 }).toBe(1);
    expect(buttonsFor(supervisor.id)[0]!.body.menu_button).toEqual({
      type: "web_app",
      text: "Рабочее место",
      web_app: { url: "https://desk.example.test/app/staff" },
    });
    const before = sentTo(supervisor.id);
    await say(supervisor, "/board");
    await answered(supervisor.id, before);
    expect(buttonsFor(supervisor.id)).toHaveLength(1);
  });

  it("leaves customers' and moderators' chats with the usual button", async () => {
    const customer = { id: 8102, language_code: "en" };
    const moderator = { id: 8103, language_code: "en" };
    await db.prisma.staffMember.create({ data: { telegramId: BigInt(moderator.id), displayName: "Mo", role: "moderator" } });
    await say(customer, "/start");
    await answered(customer.id, 0);
    await say(moderator, "/help");
    await answered(moderator.id, 0);
    expect(buttonsFor(customer.id)).toEqual([]);
    expect(buttonsFor(moderator.id)).toEqual([]);
  });

  it("gives the usual button back to someone who is no longer staff", async () => {
    const agent = { id: 8104, language_code: "en" };
    const member = await db.prisma.staffMember.create({ data: { telegramId: BigInt(agent.id), displayName: "Ada", role: "agent" } });
    await say(agent, "/help");
    await expect.poll(() => buttonsFor(agent.id).length, { timeout: 15_000 }).toBe(1);
    expect(buttonsFor(agent.id)[0]!.body.menu_button).toMatchObject({ type: "web_app", text: "Team desk" });
    await db.prisma.staffMember.update({ where: { id: member.id }, data: { active: false } });
    await say(agent, "/help");
    await expect.poll(() => buttonsFor(agent.id).length, { timeout: 15_000 }).toBe(2);
    expect(buttonsFor(agent.id)[1]!.body.menu_button).toEqual({ type: "default" });
  });

  it("gives the usual button back on another instance than the one that set the staff button", async () => {
    const agent = { id: 8105, language_code: "en" };
    const member = await db.prisma.staffMember.create({ data: { telegramId: BigInt(agent.id), displayName: "Ben", role: "agent" } });
    await say(agent, "/help");
    await expect.poll(() => buttonsFor(agent.id).length, { timeout: 15_000 }).toBe(1);
    // A second instance (or this one after a restart) never saw that button being set.
    const other = await start(config, { log: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }), botInfo: TEST_BOT_INFO });
    try {
      await db.prisma.staffMember.update({ where: { id: member.id }, data: { active: false } });
      await say(agent, "/help", other);
      await expect.poll(() => buttonsFor(agent.id).length, { timeout: 15_000 }).toBe(2);
      expect(buttonsFor(agent.id)[1]!.body.menu_button).toEqual({ type: "default" });
      // Given back once: the next message, on either instance, sets nothing.
      const before = sentTo(agent.id);
      await say(agent, "/help");
      await answered(agent.id, before);
      expect(buttonsFor(agent.id)).toHaveLength(2);
    } finally {
      await other.stop();
    }
  });
});
