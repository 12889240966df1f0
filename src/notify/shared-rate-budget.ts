import { createHash } from "node:crypto";
import type { Logger } from "pino";
import { hot, type Sql } from "../db/sql.js";
import { telegramMetrics } from "../metrics/registry.js";

// Telegram's limits are per bot token, not per process: N instances of the desk share one budget
// (the messages per second overall, about one a second per private chat, 20 a minute per group).
// It is kept in PostgreSQL, the one thing the instances already share: a call asks the database
// for the next free slot of its bot token and of its chat (the SQL function telegram_rate_take, one
// round trip), then sleeps until that slot. Slots are handed out by the server's clock, so
// instances with skewed clocks still agree. Within a process, calls to one chat still go one at a
// time in the order they came, so order within a chat is kept.
//
// If the database cannot be asked (a restart, a failover), the process falls back to a budget of
// its own, its share of the limit (perSecond / instances), and goes back as soon as it answers.

/** Spacing within a chat: a little over Telegram's one a second (private) and 20 a minute (group). */
const PRIVATE_CHAT_GAP_MS = 1050;
const GROUP_GAP_MS = 3050;

/** The spacing between two messages to `chat` (group chats have negative ids). */
export function chatGapMs(chat: string): number {
  return chat.startsWith("-") ? GROUP_GAP_MS : PRIVATE_CHAT_GAP_MS;
}
/**
 * The overall rate is kept at this share of the limit: Telegram counts arrivals, and timers and
 * the network are not exact. At 0.96 a second's window of the limit's messages spans about 40 ms
 * more than a second, so arrivals may bunch that much and still stay under the limit. A slot used
 * late while the bot is at its limit is given up (see take()), so the bunching left is the
 * network's and the HTTP client's (0.97 without that check left 30 ms at 8/s, and a storm of
 * resets and retries bunched more).
 */
export const SHARED_MARGIN = 0.96;
/** How late a slot may be used: about what the margin absorbs at a few hundred messages a second. */
const STALE_SLOT_MS = 20;

export interface Budget {
  run<T>(chat: string | number | undefined, call: () => Promise<T>): Promise<T>;
}

export interface SharedRateBudgetOptions {
  sql: Sql;
  /** The bot token (only its hash is stored): one budget per bot. */
  token: string;
  apiRoot: string;
  perSecond: number;
  log?: Logger;
}

export class SharedRateBudget {
  readonly bucket: string;
  private readonly lines = new Map<string, Promise<void>>();
  private degraded = false;
  /** The server's clock minus ours, from the quickest recent round trip (see take()). */
  private clock = { offset: 0, rtt: Infinity, at: 0 };

  constructor(private readonly o: SharedRateBudgetOptions) {
    // Telegram counts per bot, whichever address a process reaches the Bot API by.
    this.bucket = createHash("sha256").update(`telegram-rate|${o.token}`).digest("hex").slice(0, 32);
  }

  get gapMs(): number {
    return 1000 / (this.o.perSecond * SHARED_MARGIN);
  }

  /**
   * Runs `call` in its turn, telling it the moment its slot came (milliseconds since the epoch,
   * as `sleepUntil` takes them) when it waited behind other calls, that is while the bot runs at
   * its limit and spacing matters; `fallback` (this process's own budget) while the database is
   * away.
   */
  async run<T>(chat: string | number | undefined, call: (slotAt?: number) => Promise<T>, fallback: Budget): Promise<T> {
    // Calls without a chat (answering a button press, getMe) are not messages.
    if (chat === undefined) return counted(call);
    const key = String(chat);
    // One call at a time per chat in this process, in the order they came.
    const before = this.lines.get(key) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    this.lines.set(key, mine);
    await before;
    try {
      const slot = await this.take(key);
      if (slot === null) return await fallback.run(chat, () => counted(call));
      return await counted(() => call(slot.queued ? slot.at : undefined));
    } finally {
      done();
      if (this.lines.get(key) === mine) this.lines.delete(key);
    }
  }

  /** Waits for this chat's slot and the bot's, and says when it was; null when the database could not be asked. */
  private async take(chat: string): Promise<{ at: number; queued: boolean } | null> {
    const chatGap = chatGapMs(chat);
    let late = 0;
    for (;;) {
      let row: { ready: boolean; slot_ms: number; now_ms: number } | undefined;
      let sent = 0;
      let received = 0;
      try {
        // A connection of our own first: the round trip measured below is the query's alone, not
        // the wait for a free connection (which would make the clock offset lopsided).
        const client = await this.o.sql.connect();
        try {
          sent = nowMs();
          const res = await client.query<{ ready: boolean; slot_ms: number; now_ms: number }>(
            hot(this.o.sql, "SELECT ready, slot_ms, now_ms FROM telegram_rate_take($1, $2, $3, $4)", [this.bucket, chat, this.gapMs, chatGap]),
          );
          received = nowMs();
          row = res.rows[0];
        } finally {
          client.release();
        }
      } catch (err) {
        if (!this.degraded) this.o.log?.warn({ err }, "shared Telegram rate budget unreachable; using this instance's own share until it answers");
        this.degraded = true;
        return null;
      }
      if (this.degraded) this.o.log?.info("shared Telegram rate budget reachable again");
      this.degraded = false;
      if (!row) return null;
      // The slot is a moment on the server's clock. Slept "wait from the answer", every call would
      // be late by its own answer's delay, and those delays differ (a busy event loop, a queue for
      // a connection): calls would bunch. Translated to our clock with an offset measured on the
      // quickest recent round trip instead, they keep their spacing to within a fraction of a ms.
      const rtt = received - sent;
      if (rtt <= this.clock.rtt || received - this.clock.at > 10_000) {
        this.clock = { offset: Number(row.now_ms) - (sent + received) / 2, rtt, at: received };
      }
      const wait = Number(row.slot_ms) - this.clock.offset - nowMs();
      // A slot already well past when we learn of it (a stalled process, a slow answer) would go
      // out together with the slots after it: it is left unused and a fresh one taken.
      if (row.ready && wait < -STALE_SLOT_MS) continue;
      if (row.ready) telegramMetrics.budgetWait.observe(Math.max(0, wait) / 1000);
      const slotAt = Number(row.slot_ms) - this.clock.offset;
      await sleepUntil(slotAt);
      if (!row.ready) continue;
      // While the bot runs at its limit (this call queued behind others), a timer that fired well
      // after its slot (a pause of the event loop: GC, a long task) would send together with the
      // calls whose slots came after it, and those bunched arrivals are what Telegram counts: a
      // fresh slot is taken instead. Below the limit, lateness bunches nothing that matters. A
      // process that is late every time (an overloaded machine) is late evenly: after two tries
      // it sends.
      const queued = wait > this.gapMs;
      if (queued && nowMs() - slotAt > STALE_SLOT_MS && ++late <= 2) continue;
      return { at: slotAt, queued };
    }
  }
}

/** Counts Telegram's answers for /metrics: ok, error, 429, or no answer (network). */
async function counted<T>(call: () => Promise<T>): Promise<T> {
  try {
    const res = await call();
    const r = res as { ok?: boolean; error_code?: number } | undefined;
    telegramMetrics.calls.inc({ outcome: r?.ok === false ? (r.error_code === 429 ? "429" : "error") : "ok" });
    return res;
  } catch (err) {
    telegramMetrics.calls.inc({ outcome: "network" });
    throw err;
  }
}

const attached = new Map<string, SharedRateBudget>();

function attachKey(token: string, apiRoot: string): string {
  return `${apiRoot}|${token}`;
}

/**
 * Makes every Bot API client of this process for this bot (the bot's replies, the outbox) take its
 * turns from the shared budget; returns the detach function (called when the desk stops).
 */
export function attachSharedBudget(o: SharedRateBudgetOptions): () => void {
  const key = attachKey(o.token, o.apiRoot);
  const budget = new SharedRateBudget(o);
  attached.set(key, budget);
  return () => {
    if (attached.get(key) === budget) attached.delete(key);
  };
}

/** The shared budget of a bot, when this process attached one (see desk.ts). */
export function sharedBudgetFor(token: string, apiRoot: string): SharedRateBudget | undefined {
  return attached.get(attachKey(token, apiRoot));
}

/** Milliseconds since the epoch, as `sleepUntil` counts them. */
export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Node's timers count from the event loop's cached time, taken when the current turn of the loop
 * began: a timer set late in a long turn fires early by however long the turn had already run.
 * An early message is as bad as a late one (it bunches with the one before), so the rest is slept.
 */
export async function sleepUntil(at: number): Promise<void> {
  for (let left = at - nowMs(); left >= 1; left = at - nowMs()) await sleep(left);
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
