import { Writable } from "node:stream";
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { start, type RunningDesk } from "../../src/desk.js";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";
import { emojiAtEveryCut, nastyText, seededRng, type Rng } from "../helpers/fuzz.js";
import { startEmulator, TEST_BOT_INFO, TEST_TOKEN, WebhookChat, type Emulator, type RawUpdate } from "../helpers/telegram.js";

// A seeded fuzz of 1,000 updates through the webhook, as Telegram would post them: hostile and
// broken text, stickers, albums, edits, unknown buttons, commands with junk, a bot blocked and
// unblocked. What must hold for any correct desk: the webhook never answers 5xx, nothing is
// logged as an unhandled error, every customer message is answered or stored, and no ticket has
// a subject nobody can see. FUZZ_SEED=<seed> replays a run.

const SECRET = "fuzz-webhook-secret-0123456789";
const CHATS = Number(process.env.FUZZ_CHATS ?? 50);
const UPDATES_PER_CHAT = 20;

let db: TestDatabase;
let emulator: Emulator;
let desk: RunningDesk;
let sql: pg.Pool;
const logged: Array<{ level: number; msg?: string; err?: unknown }> = [];
/** What each update was, to name the one that got stuck. */
const sent = new Map<string, string>();
const rng = seededRng();

beforeAll(async () => {
  db = await createTestDatabase();
  emulator = await startEmulator();
  sql = new pg.Pool({ connectionString: db.url, max: 4 });
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "warn",
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: db.url,
    QUIET_HOURS: "none",
    BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: emulator.config.apiURL,
    BOT_MODE: "webhook",
    PUBLIC_URL: "https://desk.example.test",
    WEBHOOK_SECRET: SECRET,
    OUTBOX_PER_SECOND: "200",
  });
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) logged.push(JSON.parse(line) as (typeof logged)[number]);
      done();
    },
  });
  desk = await start(config, { log: pino({ level: "warn" }, sink), botInfo: TEST_BOT_INFO });
}, 60_000);

afterAll(async () => {
  await desk?.stop();
  await sql?.end();
  await emulator?.stop();
  await db?.drop();
});

async function post(update: RawUpdate): Promise<number> {
  const res = await desk.app.inject({
    method: "POST",
    url: "/telegram/webhook",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    payload: JSON.stringify(update),
  });
  return res.statusCode;
}

/** Updates being waited for, each with what its waiter is told when the inbox marks it done. */
const awaited = new Map<string, { done: () => void; deadline: number; fail: (err: Error) => void }>();
let watching = false;

/**
 * Resolves once the desk has handled the update (the inbox marked it done). One query a few times
 * a second answers for every chat waiting, instead of each chat asking on its own.
 */
function handled(updateId: number): Promise<void> {
  return new Promise<void>((done, fail) => {
    awaited.set(String(updateId), { done, fail, deadline: Date.now() + 30_000 });
    if (!watching) void watchInbox();
  });
}

async function watchInbox(): Promise<void> {
  watching = true;
  try {
    while (awaited.size) {
      const ids = [...awaited.keys()];
      const { rows } = await sql.query<{ id: string }>(
        "SELECT update_id::text AS id FROM update_inbox WHERE update_id = ANY($1::bigint[]) AND done_at IS NOT NULL",
        [ids],
      );
      for (const { id } of rows) {
        awaited.get(id)?.done();
        awaited.delete(id);
      }
      for (const [id, waiter] of awaited) {
        if (Date.now() <= waiter.deadline) continue;
        awaited.delete(id);
        waiter.fail(await stuck(id));
      }
      if (awaited.size) await new Promise((resolve) => setTimeout(resolve, 30));
    }
  } catch (err) {
    for (const waiter of awaited.values()) waiter.fail(err instanceof Error ? err : new Error(String(err)));
    awaited.clear();
  } finally {
    // Set before anyone else runs: a wait added from now on starts a new watcher.
    watching = false;
  }
}

/** Why an update was not handled in time: what waits in the inbox, and what the database is doing. */
async function stuck(updateId: string): Promise<Error> {
  const { rows: inbox } = await sql.query<{ update_id: string }>(
    "SELECT update_id::text, chat_key, attempts, locked_until, done_at FROM update_inbox WHERE done_at IS NULL ORDER BY update_id LIMIT 5",
  );
  for (const row of inbox) Object.assign(row, { was: sent.get(row.update_id) });
  const { rows: busy } = await sql.query(
    "SELECT state, wait_event_type, wait_event, now() - xact_start AS xact_age, left(query, 160) AS query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'",
  );
  console.info(`bot fuzz: database sessions while stuck ${JSON.stringify(busy)}`);
  return new Error(
    `update ${updateId} was not handled within 30 s; waiting: ${JSON.stringify(inbox)}; logged: ${JSON.stringify(logged.slice(-5)).slice(0, 2000)}`,
  );
}

/** Everything that shows a customer's message reached the desk: an answer, or the message kept. */
async function traces(chatId: number): Promise<{ sent: number; outbox: number; stored: number; intakeUpdate: string | null }> {
  const { rows } = await sql.query<{ outbox: number; stored: number; intake_update: string | null }>(
    `SELECT (SELECT count(*) FROM outbox_messages WHERE chat_id = $1)::int AS outbox,
            (SELECT count(*) FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id JOIN customers c ON c.id = t.customer_id WHERE c.telegram_id = $1)::int AS stored,
            (SELECT last_update_id::text FROM intake_sessions WHERE chat_id = $1) AS intake_update`,
    [chatId],
  );
  const sent = emulator.storage.botMessages.filter((m) => Number(m.message.chat_id) === chatId).length;
  return { sent, outbox: rows[0]!.outbox, stored: rows[0]!.stored, intakeUpdate: rows[0]!.intake_update };
}

type Step = { update: RawUpdate; customerMessage: boolean; label: string };

function photo(id: string) {
  return [
    { file_id: `${id}-s`, file_unique_id: `${id}-us`, width: 90, height: 90 },
    { file_id: id, file_unique_id: `u-${id}`, width: 800, height: 600 },
  ];
}

function fuzzText(rng: Rng): string {
  switch (rng.int(9)) {
    case 0:
      return emojiAtEveryCut(rng.pick([4096, 4095, 4097, 80, 79, 200, 201]), rng.pick([79, 80, 200, 4095]));
    case 1:
      return String(rng.int(10 ** rng.int(12)));
    case 2:
      return "\u200b".repeat(1 + rng.int(20));
    case 3:
      return `\u200f${rng.pick(["مشكلة في الدفع", "לא עובד"])}\u200e ${nastyText(rng, 2)}`;
    case 4:
      return `${"ok ".repeat(rng.int(30))}\u0000${nastyText(rng)}`;
    case 5:
      return rng.pick([
        "I want to talk to a human operator",
        "My payment failed but the money is gone",
        "I can't log in to my account",
        "Refund please, order 58213",
      ]);
    default:
      return nastyText(rng, 5);
  }
}

function randomStep(c: WebhookChat, rng: Rng, history: RawUpdate[]): Step {
  const roll = rng.int(20);
  const text = (update: RawUpdate, label: string): Step => ({ update, customerMessage: true, label });
  if (roll < 9) return text(c.message(fuzzText(rng)), "text");
  if (roll < 10) {
    const junk = rng.pick(["", " \u0000", ` ${nastyText(rng)}`, " 99999999999999", " -1", ` ${"9".repeat(300)}`]);
    return {
      update: c.message(`${rng.pick(["/start", "/status", "/tickets", "/cancel", "/help", "/take", "/nonsense", "/start@other_bot"])}${junk}`),
      customerMessage: false,
      label: "command",
    };
  }
  if (roll < 11)
    return text(
      c.message(undefined, { sticker: { file_id: "s1", file_unique_id: "us1", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } }),
      "sticker",
    );
  if (roll < 13) {
    const group = `album-${c.userId}-${rng.int(3)}`;
    return text(
      c.message(undefined, { media_group_id: group, photo: photo(`p${c.userId}-${rng.int(1e6)}`), ...(rng.chance(0.5) ? { caption: fuzzText(rng) } : {}) }),
      "album",
    );
  }
  if (roll < 14) {
    return text(
      c.message(undefined, {
        document: {
          file_id: `d${rng.int(1e6)}`,
          file_unique_id: `ud${rng.int(1e6)}`,
          file_name: nastyText(rng, 2),
          mime_type: rng.pick(["application/pdf", "\u0000", "x/y"]),
        },
        caption: fuzzText(rng),
      }),
      "document",
    );
  }
  if (roll < 15) {
    const earlier = history.filter((u) => u.message && typeof (u.message as { text?: unknown }).text === "string");
    if (earlier.length) return { update: c.edited(rng.pick(earlier), fuzzText(rng)), customerMessage: false, label: "edit" };
    return text(c.message(fuzzText(rng)), "text");
  }
  if (roll < 17) {
    const data = rng.pick([
      "i:consent-yes",
      "i:consent-no",
      "i:new",
      "i:reopen",
      "nonsense",
      "\u0000",
      "x".repeat(64),
      "i:topic:payment",
      "i:topic:\u0000",
      "kb:999999999",
      "rate:5:99999999999",
    ]);
    return { update: c.callback(data, rng.int(5) + 1), customerMessage: false, label: "callback" };
  }
  if (roll < 18) {
    const status = rng.pick(["kicked", "member"]);
    return {
      update: {
        update_id: 0,
        my_chat_member: {
          chat: { id: c.userId, type: "private", first_name: c.firstName },
          from: c.user(),
          date: Math.floor(Date.now() / 1000),
          old_chat_member: { status: status === "kicked" ? "member" : "kicked", user: { id: TEST_BOT_INFO.id, is_bot: true, first_name: "Support" } },
          new_chat_member: { status, user: { id: TEST_BOT_INFO.id, is_bot: true, first_name: "Support" }, ...(status === "kicked" ? { until_date: 0 } : {}) },
        },
      },
      customerMessage: false,
      label: `my_chat_member:${status}`,
    };
  }
  if (roll < 19) return text(c.message(undefined, { location: { latitude: 1, longitude: 2 } }), "location");
  return text(
    c.message(`${fuzzText(rng)}\n${fuzzText(rng)}`, {
      entities: [
        { type: "bold", offset: 0, length: 3 },
        { type: "url", offset: 2, length: 9999 },
      ],
    }),
    "text+entities",
  );
}

describe(`bot fuzz (FUZZ_SEED=${rng.seed})`, () => {
  it(`${CHATS * UPDATES_PER_CHAT} hostile updates: no 5xx, no unhandled error, every message answered or stored`, async () => {
    let nextUpdateId = 9_000_000;
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const tally = { answered: 0, stored: 0, lost: 0 };
    let waited = 0;
    const started = Date.now();
    // Every input is drawn before anything is sent, so that a seed replays the same inputs
    // whatever order the chats then run in.
    const plans = Array.from({ length: CHATS }, (_, index) => {
      const c = new WebhookChat(
        emulator,
        post,
        8_000_000 + index,
        rng.pick(["Ann", "\u0000", "Zoë\u200b", "عمر", "👨‍👩‍👧‍👦".repeat(30)]),
        rng.pick(["en", "ru", "ar", "xx", ""]),
      );
      const history: RawUpdate[] = [];
      const steps: Step[] = [];
      for (let i = 0; i < UPDATES_PER_CHAT; i++) {
        const step = randomStep(c, rng, history);
        step.update.update_id = nextUpdateId++;
        history.push(step.update);
        steps.push(step);
        sent.set(String(step.update.update_id), `${step.label}: ${JSON.stringify(step.update).slice(0, 300)}`);
      }
      return { c, steps };
    });
    const run = async ({ c, steps }: (typeof plans)[number]) => {
      let before = await traces(c.userId);
      for (const step of steps) {
        // A person types about once a second at most: a chat's answers are spaced a second apart
        // anyway (Telegram's limit), so a faster pace would only measure that wait.
        const pace = new Promise((resolve) => setTimeout(resolve, 1_100));
        const status = await c.deliver(step.update);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500) failures.push(`chat ${c.userId} ${step.label}: webhook answered ${status}`);
        if (status !== 200) {
          await pace;
          continue;
        }
        const waitStarted = Date.now();
        await handled(step.update.update_id);
        waited += Date.now() - waitStarted;
        const after = await traces(c.userId);
        const was = before;
        before = after;
        if (!step.customerMessage) {
          await pace;
          continue;
        }
        const answered = after.sent > was.sent || after.outbox > was.outbox;
        const stored = after.stored > was.stored || after.intakeUpdate === String(step.update.update_id);
        // An album's later parts join the message its first part made: kept, and said once.
        const albumPart = step.label === "album" && (await albumKept(c.userId, step.update));
        tally[answered ? "answered" : stored || albumPart ? "stored" : "lost"]++;
        if (!answered && !stored && !albumPart) failures.push(`chat ${c.userId} update ${step.update.update_id} (${step.label}): neither answered nor stored`);
        await pace;
      }
    };
    // Half the chats at a time (FUZZ_PARALLEL changes it), each chat's updates in order: two
    // even rounds. A chat spends most of its time in the pace above, so the update inbox (sixteen
    // at a time) is busy without being swamped; all fifty at once outran it on two cores.
    const queue = [...plans];
    const parallel = Number(process.env.FUZZ_PARALLEL ?? Math.ceil(CHATS / 2));
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        for (let plan = queue.shift(); plan; plan = queue.shift()) await run(plan);
      }),
    );

    console.info(
      `bot fuzz FUZZ_SEED=${rng.seed}: customer messages ${JSON.stringify(tally)}, webhook ${JSON.stringify([...statuses])}, ` +
        `${Date.now() - started} ms, ${Math.round(waited / (CHATS * UPDATES_PER_CHAT))} ms per update until handled`,
    );
    expect(failures, `FUZZ_SEED=${rng.seed}`).toEqual([]);
    expect(
      [...statuses.keys()].every((s) => s < 500),
      `FUZZ_SEED=${rng.seed} ${JSON.stringify([...statuses])}`,
    ).toBe(true);
    const errors = logged.filter((l) => l.level >= 50);
    if (errors.length) console.info(`bot fuzz FUZZ_SEED=${rng.seed}: errors logged`, JSON.stringify(errors).slice(0, 3000));
    expect(
      errors.map((e) => `${e.msg} ${JSON.stringify(e.err).slice(0, 300)}`),
      `FUZZ_SEED=${rng.seed}`,
    ).toEqual([]);
    const { rows: blank } = await sql.query<{ number: number; subject: string }>(
      `SELECT number, subject FROM tickets WHERE subject ~ '^[[:space:]\u200b\u200c\u200d\u2060\ufeff\u3164\u2800]*$'`,
    );
    expect(blank, `FUZZ_SEED=${rng.seed}: tickets nobody can read the subject of`).toEqual([]);
    const { rows: counted } = await sql.query<{ tickets: number }>("SELECT count(*)::int AS tickets FROM tickets");
    // The fuzz got past consent and opened tickets, so it exercised more than the first question.
    expect(counted[0]!.tickets, `FUZZ_SEED=${rng.seed}`).toBeGreaterThan(0);
  }, 240_000);
});

async function albumKept(chatId: number, update: RawUpdate): Promise<boolean> {
  const fileId = ((update.message as { photo?: Array<{ file_id: string }> }).photo ?? []).at(-1)?.file_id;
  if (!fileId) return false;
  const { rows } = await sql.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id JOIN customers c ON c.id = t.customer_id
              WHERE c.telegram_id = $1 AND m.attachments::text LIKE '%' || $2 || '%')
          + (SELECT count(*) FROM intake_sessions WHERE chat_id = $1 AND state::text LIKE '%' || $2 || '%') AS n`,
    [chatId, fileId],
  );
  return Number(rows[0]!.n) > 0;
}
