import { setMaxListeners } from "node:events";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";
import { freePort, killDeskGroup, startDeskProcess, type DeskProcess } from "../helpers/process.js";
import { TEST_TOKEN, WebhookChat, startEmulator, type Emulator, type RawUpdate } from "../helpers/telegram.js";
import { ticketsByCustomer } from "../helpers/customers-tickets.js";

// Three instances of the desk on one database, behind a small round-robin proxy, in webhook
// mode. 300 customers go through the intake; one instance is killed with SIGKILL on the way.
// Every customer must end with exactly one ticket holding every answer the bot acknowledged, and
// every message the bot sends must arrive once (a repeat is allowed only where the outbox recorded
// that a crash left the send in doubt: see src/notify/delivery.ts).

// 300 by default; SCALE_OUT_CUSTOMERS lowers it on a machine too busy to take them in time.
const CUSTOMERS = Number(process.env.SCALE_OUT_CUSTOMERS ?? 300);
const FIRST_ID = 830_000;
const INSTANCES = 3;
const SECRET = "scale-out-webhook-secret-0123";
let emulator: Emulator;
let db: TestDatabase;
let proxy: http.Server;
let proxyPort: number;
const ports: number[] = [];
const desks: Array<DeskProcess | undefined> = [];

async function startInstance(i: number): Promise<void> {
  desks[i] = await startDeskProcess(
    {
      LOG_LEVEL: "warn",
      DATABASE_URL: db.url,
      BOT_TOKEN: TEST_TOKEN,
      BOT_MODE: "webhook",
      PUBLIC_URL: `http://127.0.0.1:${proxyPort}`,
      WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: emulator.config.apiURL,
      QUIET_HOURS: "none",
      SERVE_WEBAPP: "false",
      OUTBOX_PER_SECOND: "300",
      // Leases short enough for the killed instance's work to be taken over within the test's
      // time, long enough for a handler on a busy machine (the emulator shares the test's core).
      // A request timing out is the one way a message can arrive twice (Telegram, like the
      // emulator, may have taken it): the limit is kept well above what the busy emulator needs.
      TELEGRAM_TIMEOUT_SECONDS: "20",
      OUTBOX_LEASE_SECONDS: "70",
      INBOX_LEASE_SECONDS: "30",
      DB_POOL_SIZE: "6",
    },
    ports[i]!,
  );
}

/** Round robin over the instances; one that refuses the connection is skipped, as nginx does. */
function startProxy(): Promise<void> {
  let next = 0;
  proxy = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const attempt = (tries: number) => {
        const port = ports[next++ % INSTANCES]!;
        const up = http.request({ host: "127.0.0.1", port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        up.on("error", () => (tries > 1 ? attempt(tries - 1) : res.writeHead(502).end()));
        up.end(body);
      };
      attempt(INSTANCES);
    });
  });
  return new Promise((resolve) => proxy.listen(proxyPort, "127.0.0.1", () => resolve()));
}

async function post(update: RawUpdate): Promise<number> {
  // Telegram retries a webhook call that failed; so does this stand-in.
  for (let i = 0; ; i++) {
    const res = await fetch(`http://127.0.0.1:${proxyPort}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    }).catch(() => null);
    if (res?.status === 200 || i >= 20) return res?.status ?? 599;
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  emulator = await startEmulator();
  setMaxListeners(CUSTOMERS * 2, emulator);
  db = await createTestDatabase();
  proxyPort = await freePort();
  for (let i = 0; i < INSTANCES; i++) ports.push(await freePort());
  await startProxy();
  await Promise.all(ports.map((_, i) => startInstance(i)));
}, 180_000);
afterAll(async () => {
  for (const desk of desks) await killDeskGroup(desk).catch(() => undefined);
  await new Promise((r) => proxy?.close(r));
  await emulator?.stop();
  if (!process.env.KEEP_TEST_DB) await db?.drop();
  else console.error(`kept ${db?.url}`);
});

describe("three instances behind a load balancer, one killed on the way", () => {
  it("gives every customer exactly one ticket with every acknowledged answer, each message sent once", async () => {
    const acknowledged = new Map<number, string[]>();
    let bySeen = 0;
    let finished = 0;
    let crash!: () => void;
    const crashed = new Promise<void>((resolve) => (crash = resolve));

    const walk = async (id: number) => {
      const c = new WebhookChat(emulator, post, id, `C${id}`);
      const wait = (fragment: string | RegExp) => c.find(fragment, 150_000);
      await c.send("/start topic-payment");
      await wait("we store this conversation");
      await c.tap("Agree and continue", 150_000);
      await wait("What happened with the payment?");
      const answers = [`first answer of ${id}`, `second answer of ${id}`];
      // What a person does when the bot says something went wrong: say it again.
      const answer = async (text: string, next: string) => {
        for (let attempt = 1; ; attempt++) {
          await c.send(text);
          const m = await wait(new RegExp(`${next}|something went wrong`));
          if (m.text.includes(next) || attempt >= 3) return;
        }
      };
      await answer(answers[0]!, "When did you pay");
      acknowledged.set(id, [answers[0]!]);
      if (++bySeen === CUSTOMERS / 3) crash();
      await answer(answers[1]!, "screenshot");
      acknowledged.get(id)!.push(answers[1]!);
      await c.tap("Skip", 150_000);
      const m = await wait(/These articles might solve it|Ticket #\d{5} created/);
      if (!/Ticket #\d{5} created/.test(m.text)) {
        await c.tap("No, I need help", 150_000);
        await wait(/Ticket #\d{5} created/);
      }
      finished++;
    };

    const all = Promise.all(Array.from({ length: CUSTOMERS }, (_, i) => walk(FIRST_ID + i)));
    await Promise.race([crashed, all]);
    await killDeskGroup(desks[1]);
    // The kill came in the middle: most customers were still on their way.
    expect(finished).toBeLessThan(CUSTOMERS / 2);
    await all;

    const perCustomer = await ticketsByCustomer(db.prisma, FIRST_ID, CUSTOMERS);
    for (let id = FIRST_ID; id < FIRST_ID + CUSTOMERS; id++) {
      const own = perCustomer.get(id) ?? [];
      expect(own, `customer ${id}`).toHaveLength(1);
      // Stored once: each answer appears once in the ticket's words.
      const words = own[0]!.messages.map((m) => m.text ?? "").join("\n");
      for (const answer of acknowledged.get(id) ?? []) expect(words.split(answer).length - 1, `customer ${id}: ${answer}`).toBe(1);
    }

    // Delivered once: each chat saw each step of the flow once, except sends the outbox recorded as in doubt.
    // Counted on the outbox rows: the intake's questions belong to no ticket yet.
    const inDoubt = await db.prisma.outboxMessage.count({
      where: { chatId: { gte: BigInt(FIRST_ID), lt: BigInt(FIRST_ID + CUSTOMERS) }, lastError: { startsWith: "in doubt" } },
    });
    const steps = [/we store this conversation/, /What happened with the payment\?/, /When did you pay/, /screenshot/, /Ticket <b>#\d{5}<\/b> created/];
    let repeats = 0;
    for (const step of steps) {
      const perChat = new Map<number, number>();
      for (const m of emulator.storage.botMessages) {
        const chat = Number(m.message.chat_id);
        if (chat < FIRST_ID || chat >= FIRST_ID + CUSTOMERS || !step.test(String(m.message.text))) continue;
        perChat.set(chat, (perChat.get(chat) ?? 0) + 1);
      }
      expect(perChat.size, String(step)).toBe(CUSTOMERS);
      for (const n of perChat.values()) repeats += n - 1;
    }
    console.info(`scale-out: ${CUSTOMERS} customers, ${repeats} repeated sends, ${inDoubt} sends recorded as in doubt`);
    expect(repeats).toBeLessThanOrEqual(inDoubt);
  }, 480_000);
});
