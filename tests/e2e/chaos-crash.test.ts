import { setMaxListeners } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database.js";
import { freePort, killDeskGroup, startDeskProcess, type DeskProcess } from "../helpers/process.js";
import { ChatDriver, TEST_TOKEN, startEmulator, type Emulator } from "../helpers/telegram.js";
import { ticketsByCustomer } from "../helpers/customers-tickets.js";

// The process group is killed with SIGKILL while 200 customers are in the middle of the intake,
// then started again. Every answer the bot acknowledged (by asking the next question) must end up
// in exactly one ticket per customer: nothing lost, nothing doubled.

const CUSTOMERS = 200;
const FIRST_ID = 700_000;
let emulator: Emulator;
let db: TestDatabase;
let port: number;
let desk: DeskProcess | undefined;

async function startDesk(): Promise<void> {
  desk = await startDeskProcess(
    {
      LOG_LEVEL: "warn",
      DATABASE_URL: db.url,
      BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: emulator.config.apiURL,
      QUIET_HOURS: "none",
      SERVE_WEBAPP: "false",
      // The emulator enforces no overall limit; the per-chat pacing stays as in production.
      OUTBOX_PER_SECOND: "200",
      // Updates the killed process had claimed are handled again after this lease, and its
      // outbox messages after the outbox's (the shortest the request timeout allows): what the
      // restarted desk must catch up on, sooner than the production minute.
      INBOX_LEASE_SECONDS: "5",
      TELEGRAM_TIMEOUT_SECONDS: "5",
      OUTBOX_LEASE_SECONDS: "25",
    },
    port,
  );
}

/** The chat an update the emulator stored came from. */
function chatOf(u: Emulator["storage"]["userMessages"][number]): number {
  return Number("callbackQuery" in u ? u.callbackQuery.from.id : u.message.chat.id);
}

beforeAll(async () => {
  emulator = await startEmulator();
  setMaxListeners(CUSTOMERS * 2, emulator);
  db = await createTestDatabase();
  port = await freePort();
  await startDesk();
});
afterAll(async () => {
  await killDeskGroup(desk).catch(() => undefined);
  await emulator?.stop();
  await db?.drop();
});

describe("a crash in the middle of 200 intakes", () => {
  it("loses no acknowledged answer and opens no ticket twice", async () => {
    const acknowledged = new Map<number, string[]>();
    let bySeen = 0;
    let finished = 0;
    /** What each customer did last, to do it again if the desk never heard it. */
    const lastAction = new Map<number, () => Promise<unknown>>();
    let crash!: () => void;
    const crashed = new Promise<void>((resolve) => (crash = resolve));

    const walk = async (id: number) => {
      const c = new ChatDriver(emulator, id, `C${id}`);
      // The emulator forgets an update once it handed it out, even if the process that fetched it
      // died before storing it (Telegram keeps it until the next call's offset confirms it). So a
      // customer who hears nothing for a while does what people do: says it again.
      const act = async (doIt: () => Promise<unknown>, fragment: string | RegExp) => {
        lastAction.set(id, doIt);
        await doIt();
        try {
          return await c.find(fragment, 75_000);
        } catch {
          await doIt();
          return c.find(fragment, 75_000);
        }
      };
      await act(() => c.send("/start topic-payment"), "we store this conversation");
      await act(() => c.tap("Agree and continue", 90_000), "What happened with the payment?");
      const answers = [`first answer of ${id}`, `second answer of ${id}`];
      await act(() => c.send(answers[0]!), "When did you pay");
      acknowledged.set(id, [answers[0]!]);
      if (++bySeen === CUSTOMERS / 4) crash();
      await act(() => c.send(answers[1]!), "screenshot");
      acknowledged.get(id)!.push(answers[1]!);
      const m = await act(() => c.tap("Skip", 90_000), /These articles might solve it|Ticket #\d{5} created/);
      if (!/Ticket #\d{5} created/.test(m.text)) await act(() => c.tap("No, I need help", 90_000), /Ticket #\d{5} created/);
      finished++;
    };

    const walks = Array.from({ length: CUSTOMERS }, (_, i) => walk(FIRST_ID + i));
    const all = Promise.all(walks);
    await Promise.race([crashed, all]);
    await killDeskGroup(desk);
    // Every update the killed process had fetched: stored in the inbox, or lost with the process.
    const fetched = emulator.storage.userMessages.filter((u) => u.isRead).map((u) => ({ updateId: u.updateId, chatId: chatOf(u) }));
    // The kill came in the middle: most customers were still on their way.
    expect(finished).toBeLessThan(CUSTOMERS / 2);
    await startDesk();
    // The customers whose words were lost say them again now, rather than after a silence long
    // enough to be sure (the fallback in act() above).
    const stored = await db.prisma.$queryRaw<Array<{ id: bigint }>>`
      SELECT update_id AS id FROM update_inbox WHERE update_id = ANY(${fetched.map((f) => f.updateId)}::bigint[])`;
    const kept = new Set(stored.map((r) => Number(r.id)));
    const lost = fetched.filter((f) => !kept.has(f.updateId));
    console.info(`chaos: ${fetched.length} updates fetched by the killed process, ${lost.length} of them lost with it and said again`);
    await Promise.all(lost.map((f) => lastAction.get(f.chatId)!()));
    await all;

    const perCustomer = await ticketsByCustomer(db.prisma, FIRST_ID, CUSTOMERS);
    for (let id = FIRST_ID; id < FIRST_ID + CUSTOMERS; id++) {
      const own = perCustomer.get(id) ?? [];
      expect(own, `customer ${id}`).toHaveLength(1);
      for (const answer of acknowledged.get(id) ?? []) expect(own[0]!.messages[0]!.text, `customer ${id}`).toContain(answer);
    }
    // Every receipt was sent once.
    const receipts = emulator.storage.botMessages.filter((m) => /Ticket <b>#\d{5}<\/b> created/.test(String(m.message.text)));
    expect(receipts).toHaveLength(CUSTOMERS);
  }, 300_000);
});
