import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { systemClock } from "../../src/domain/shared/clock.js";
import { replyToCustomer } from "../../src/domain/tickets/agent-actions.js";
import { start, type RunningDesk } from "../../src/desk.js";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";
import { domainDeps, makeAgent } from "../helpers/domain.js";
import { spawnFaultProxy, type ProxyCall, type RemoteFaultProxy } from "../helpers/fault-proxy.js";
import { seededRng } from "../helpers/fuzz.js";
import { startEmulator, TEST_BOT_INFO, TEST_TOKEN, WebhookChat, type Emulator, type RawUpdate } from "../helpers/telegram.js";

// Telegram has a bad ten seconds: 429 with retry_after, 500 and cut connections, while customers
// go through the intake, ask for /help, and an agent answers. Every message still arrives exactly
// once, in order per chat, and never faster than the configured rates.

const PER_SECOND = 8;
const SECRET = "fault-test-webhook-secret-0123456789";
const STORM_MS = 10_000;

let db: TestDatabase;
let emulator: Emulator;
let proxy: RemoteFaultProxy;
let desk: RunningDesk;
const rng = seededRng();

beforeAll(async () => {
  db = await createTestDatabase();
  emulator = await startEmulator();
  proxy = await spawnFaultProxy(emulator.config.apiURL, rng.seed, { tooMany: 0.25, serverError: 0.25, reset: 0.2, retryAfterSeconds: 1 });
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: db.url,
    QUIET_HOURS: "none",
    BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: proxy.apiRoot,
    BOT_MODE: "webhook",
    PUBLIC_URL: "https://desk.example.test",
    WEBHOOK_SECRET: SECRET,
    OUTBOX_PER_SECOND: String(PER_SECOND),
  });
  desk = await start(config, { log: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }), botInfo: TEST_BOT_INFO });
}, 60_000);

afterAll(async () => {
  await desk?.stop();
  await proxy?.stop();
  await emulator?.stop();
  await db?.drop();
});

async function post(update: RawUpdate): Promise<number> {
  const res = await desk.app.inject({
    method: "POST",
    url: "/telegram/webhook",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    payload: update,
  });
  return res.statusCode;
}

// How the webhook answered is the update inbox's business (it must answer at once, whatever
// Telegram does to the replies); here only what reaches the customers counts.
const webhookStatuses: number[] = [];
const chat = (id: number) => new WebhookChat(emulator, (u) => post(u).then((status) => (webhookStatuses.push(status), 200)), id, `C${id}`, "en");

/** Everything the bot sent to a chat, in the order the emulator received it. */
const received = (chatId: number) =>
  emulator.storage.botMessages.filter((m) => Number(m.message.chat_id) === chatId).map((m) => String(m.message.text ?? m.message.caption ?? ""));

async function intake(c: WebhookChat) {
  await c.send("I want to talk to a human operator");
  await c.find("we store this conversation", 45_000);
  await c.tap("Agree and continue");
  await c.find("passing this to a person", 45_000);
}

describe(`Bot API faults (FUZZ_SEED=${rng.seed})`, () => {
  it("delivers every message exactly once, in order, within the rates, through a storm", async () => {
    // Before the storm: four customers with open tickets, and an agent who will answer them.
    const answered = [7101, 7102, 7103, 7104].map(chat);
    await Promise.all(answered.map(intake));
    const agent = await makeAgent(db.prisma, ["L1", "L2", "L3", "VIP", "SEC"], { role: "admin" });
    const deps = { ...domainDeps(db.prisma), clock: systemClock };
    const numbers = new Map<number, number>();
    for (const c of answered) {
      const ticket = await db.prisma.ticket.findFirstOrThrow({ where: { customer: { telegramId: BigInt(c.userId) } } });
      numbers.set(c.userId, ticket.number);
    }

    await proxy.storm(true);
    const stormStarted = Date.now();
    const arriving = [7201, 7202, 7203, 7204, 7205, 7206, 7207, 7208, 7209, 7210, 7211, 7212].map(chat);
    const work: Array<Promise<unknown>> = arriving.map(intake);
    // Direct replies, in the same storm.
    for (const c of arriving.slice(0, 4)) work.push(c.send("/help"));
    // The agent answers four times in a row per ticket while Telegram is failing.
    work.push(
      (async () => {
        for (let k = 1; k <= 4; k++) {
          for (const c of answered) {
            await replyToCustomer(deps, agent, numbers.get(c.userId)!, { text: `Reply ${k} of 4 for ${c.userId}`, confirmed: true });
          }
        }
      })(),
    );
    const storm = new Promise<void>((resolve) => setTimeout(resolve, STORM_MS)).then(() => proxy.storm(false));
    await Promise.all([...work, storm]);
    expect(Date.now() - stormStarted).toBeGreaterThanOrEqual(STORM_MS);

    const calls = await proxy.calls();
    console.info(`telegram faults: ${JSON.stringify(countBy(calls.map((x) => x.outcome)))}; webhook answers ${JSON.stringify(countBy(webhookStatuses))}`);
    // Wait (on the emulator, not a timer) until the last agent replies are in.
    for (const c of answered) await c.find(`Reply 4 of 4 for ${c.userId}`, 45_000);
    for (const c of arriving.slice(0, 4)) expect(received(c.userId).filter((t) => t.startsWith("Just write your question here"))).toHaveLength(1);

    const faults = calls.filter((x) => x.outcome !== "forwarded");
    expect(faults.filter((x) => x.outcome === "429").length, "the storm answered 429").toBeGreaterThan(5);
    expect(faults.filter((x) => x.outcome === "500").length, "the storm answered 500").toBeGreaterThan(5);
    expect(faults.filter((x) => x.outcome === "reset").length, "the storm cut connections").toBeGreaterThan(5);

    // Exactly once: no chat got the same text twice, and nobody was told something went wrong.
    for (const c of [...answered, ...arriving]) {
      const texts = received(c.userId);
      expect(
        texts.filter((t, i) => texts.indexOf(t) !== i),
        `duplicates in chat ${c.userId}`,
      ).toEqual([]);
      expect(
        texts.some((t) => /something went wrong/i.test(t)),
        `chat ${c.userId}: ${JSON.stringify(texts)}`,
      ).toBe(false);
    }
    for (const c of arriving) {
      const texts = received(c.userId);
      const consent = texts.findIndex((t) => t.includes("we store this conversation"));
      const receipt = texts.findIndex((t) => t.includes("passing this to a person"));
      expect(consent, JSON.stringify(texts)).toBeGreaterThanOrEqual(0);
      expect(receipt, JSON.stringify(texts)).toBeGreaterThan(consent);
    }
    // In order: each ticket's four replies arrived as they were written.
    for (const c of answered) {
      const replies = received(c.userId).filter((t) => t.includes(`of 4 for ${c.userId}`));
      expect(replies.map((t) => /Reply (\d) of 4/.exec(t)?.[1])).toEqual(["1", "2", "3", "4"]);
    }
    // Every ticket opened, once.
    for (const c of arriving) expect(await db.prisma.ticket.count({ where: { customer: { telegramId: BigInt(c.userId) } } })).toBe(1);

    // Within the rates, counted where Telegram would count them: every message call that reached it.
    const sends = (await proxy.calls()).filter((x) => x.chatId !== undefined && /^(send|edit|copy|forward)/.test(x.method));
    expect(sends.length).toBeGreaterThan(60);
    expect(maxInWindow(sends, 1000), `more than ${PER_SECOND} messages in a second`).toBeLessThanOrEqual(PER_SECOND);
    const perChat = new Map<string, ProxyCall[]>();
    for (const s of sends) perChat.set(s.chatId!, [...(perChat.get(s.chatId!) ?? []), s]);
    for (const [chatId, list] of perChat) {
      for (let i = 1; i < list.length; i++) {
        // The desk spaces a chat's messages 1050 ms apart when they leave; the way to the proxy may
        // bring two a little closer.
        expect(
          list[i]!.at - list[i - 1]!.at,
          `two messages to chat ${chatId} within a second: ${JSON.stringify([list[i - 1], list[i]])}`,
        ).toBeGreaterThanOrEqual(950);
      }
    }
  }, 120_000);
});

function countBy<T extends string | number>(items: T[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[String(i)] = (out[String(i)] ?? 0) + 1;
  return out;
}

function maxInWindow(calls: ProxyCall[], ms: number): number {
  const times = calls.map((c) => c.at).sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= ms) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}
