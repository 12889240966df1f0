import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { hot, type Sql } from "../db/sql.js";
import type { BotContext } from "./context.js";
import { updateMetrics } from "../metrics/registry.js";

// The durable update inbox. Every update, from a webhook or from polling, is stored here before
// Telegram is told it arrived; workers (in any instance) then take the oldest waiting update of
// each chat, one at a time per chat, in order, and mark it done once handled. A crash at any
// instant leaves the update waiting, and it is handled again after the lease: handlers are
// written to be replayed (the intake recognises an update it already applied; tickets and
// messages carry unique keys).

export interface InboxOptions {
  sql: Sql;
  bot: Bot<BotContext>;
  log: Logger;
  /** Updates handled at the same time (each from a different chat). */
  concurrency?: number;
  /** How long a claimed update is left alone before another worker may take it. */
  leaseSeconds?: number;
  /** After this many failed tries an update is put aside (logged) so its chat can move on. */
  maxAttempts?: number;
}

/** The chat whose order an update belongs to; updates of no chat are independent. */
export function chatKeyOf(update: Update): string {
  const chat =
    update.message?.chat.id ??
    update.edited_message?.chat.id ??
    update.callback_query?.message?.chat.id ??
    update.callback_query?.from.id ??
    update.my_chat_member?.chat.id ??
    update.chat_member?.chat.id ??
    update.chat_join_request?.chat.id;
  return chat === undefined ? `u:${update.update_id}` : String(chat);
}

interface Claimed {
  update_id: string;
  payload: Update;
  attempts: number;
  received_at: Date;
}

export class UpdateInbox {
  private running = false;
  private pumping: Promise<void> | null = null;
  private again = false;
  private timer?: NodeJS.Timeout;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly waiters = new Set<() => void>();

  constructor(private readonly o: InboxOptions) {}

  /** Stores updates (a repeat of a stored one is ignored); resolves once they are durable. */
  async store(updates: readonly Update[], source: "webhook" | "polling" = "webhook"): Promise<void> {
    if (!updates.length) return;
    const ids: string[] = [];
    const keys: string[] = [];
    const payloads: string[] = [];
    for (const u of updates) {
      ids.push(String(u.update_id));
      keys.push(chatKeyOf(u));
      payloads.push(JSON.stringify(u));
    }
    await this.o.sql.query(
      hot(
        this.o.sql,
        `INSERT INTO update_inbox (update_id, chat_key, payload, received_at)
         SELECT * , now() AT TIME ZONE 'UTC' FROM unnest($1::bigint[], $2::text[], $3::jsonb[])
         ON CONFLICT (update_id) DO NOTHING`,
        [ids, keys, payloads],
      ),
    );
    updateMetrics.received.inc({ source }, updates.length);
    this.kick();
  }

  start(): void {
    this.running = true;
    // Leftovers of a crash, and updates another instance stored: looked for now and then.
    this.timer = setInterval(() => this.kick(), 1_000);
    this.timer.unref();
    this.kick();
  }

  /** Stops taking updates and waits for those being handled. */
  async stop(): Promise<void> {
    this.running = false;
    clearInterval(this.timer);
    await this.pumping;
    await Promise.allSettled([...this.inFlight]);
  }

  /** Resolves when nothing stored by this process waits or runs (tests, graceful stops). */
  async idle(): Promise<void> {
    for (;;) {
      const { rows } = await this.o.sql.query<{ n: string }>("SELECT count(*) AS n FROM update_inbox WHERE done_at IS NULL");
      if (Number(rows[0]?.n ?? 0) === 0 && !this.inFlight.size) return;
      await new Promise<void>((resolve) => {
        this.waiters.add(resolve);
        setTimeout(resolve, 200).unref();
      });
    }
  }

  private kick(): void {
    if (!this.running) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump()
      .catch((err: unknown) => this.o.log.error({ err }, "update inbox: could not claim updates"))
      .finally(() => {
        this.pumping = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  private async pump(): Promise<void> {
    const concurrency = this.o.concurrency ?? 16;
    while (this.running) {
      const room = concurrency - this.inFlight.size;
      if (room <= 0) {
        await Promise.race(this.inFlight);
        continue;
      }
      const claimed = await this.claim(room);
      if (!claimed.length) return;
      for (const row of claimed) {
        const p: Promise<void> = this.handle(row).finally(() => {
          this.inFlight.delete(p);
          for (const w of this.waiters) w();
          this.waiters.clear();
          // The chat's next update may be waiting for this one.
          this.kick();
        });
        this.inFlight.add(p);
      }
    }
  }

  /**
   * The oldest waiting updates that are first in their chat and not being handled, oldest first.
   * The waiting updates are walked one at a time in order (each step one probe of their index,
   * `update_id > the last one ... LIMIT 1`), each compared with the first waiting update of its
   * chat, until enough are found: the cost follows the updates passed over, never the done ones
   * still kept (see the migration of update_inbox_waiting_idx). Written as a walk so that no plan
   * can read them all first: a prepared statement's plan made while the table was small (a new
   * desk, a fresh benchmark) sorted every waiting update on every claim, 4-6 ms with a thousand
   * waiting, when each step is an index probe whatever the statistics say. For the same reason
   * the choice is made once (ARRAY(...)) and the rows updated by their key: as an IN, such a plan
   * went through every waiting update and asked the choice again for each (100 ms a claim).
   */
  private async claim(limit: number): Promise<Claimed[]> {
    const lease = this.o.leaseSeconds ?? 60;
    const { rows } = await this.o.sql.query<Claimed>(
      hot(
        this.o.sql,
        `UPDATE update_inbox u
          SET locked_until = (now() AT TIME ZONE 'UTC') + make_interval(secs => $2), attempts = u.attempts + 1
        WHERE u.update_id = ANY (ARRAY(
          WITH RECURSIVE waiting AS (
            (SELECT update_id, chat_key, locked_until FROM update_inbox WHERE done_at IS NULL ORDER BY update_id LIMIT 1)
            UNION ALL
            (SELECT n.update_id, n.chat_key, n.locked_until FROM waiting w,
               LATERAL (SELECT update_id, chat_key, locked_until FROM update_inbox
                         WHERE done_at IS NULL AND update_id > w.update_id ORDER BY update_id LIMIT 1) n)
          )
          SELECT w.update_id FROM waiting w
           WHERE (w.locked_until IS NULL OR w.locked_until < now() AT TIME ZONE 'UTC')
             AND w.update_id = (SELECT min(p.update_id) FROM update_inbox p WHERE p.chat_key = w.chat_key AND p.done_at IS NULL)
           LIMIT $1))
          AND (u.locked_until IS NULL OR u.locked_until < now() AT TIME ZONE 'UTC')
          AND u.done_at IS NULL
        RETURNING u.update_id::text, u.payload, u.attempts, u.received_at`,
        [limit, lease],
      ),
    );
    return rows;
  }

  private async handle(row: Claimed): Promise<void> {
    const maxAttempts = this.o.maxAttempts ?? 5;
    try {
      await this.o.bot.handleUpdate(row.payload);
      await this.o.sql.query(
        hot(this.o.sql, "UPDATE update_inbox SET done_at = now() AT TIME ZONE 'UTC', locked_until = NULL WHERE update_id = $1", [row.update_id]),
      );
      updateMetrics.processed.inc({ outcome: "done" });
      updateMetrics.lag.observe(Math.max(0, (Date.now() - new Date(row.received_at).getTime()) / 1000));
    } catch (err) {
      // Failed outside the bot's error boundary (the database away, mostly): tried again later,
      // and put aside after a few tries so the chat's next messages are not held forever.
      const giveUp = row.attempts >= maxAttempts;
      updateMetrics.processed.inc({ outcome: giveUp ? "given_up" : "failed" });
      this.o.log.error({ err, updateId: row.update_id, attempts: row.attempts, giveUp }, "update inbox: handling failed");
      await this.o.sql
        .query(
          giveUp
            ? "UPDATE update_inbox SET done_at = now() AT TIME ZONE 'UTC', locked_until = NULL WHERE update_id = $1"
            : "UPDATE update_inbox SET locked_until = (now() AT TIME ZONE 'UTC') + make_interval(secs => $2) WHERE update_id = $1",
          giveUp ? [row.update_id] : [row.update_id, Math.min(2 ** row.attempts, 60)],
        )
        .catch((e: unknown) => this.o.log.error({ err: e }, "update inbox: could not record a failure"));
    }
  }
}

/** Done updates are kept a day, long enough to recognise Telegram's repeats of them. */
export async function pruneInbox(sql: Sql, keepHours = 24): Promise<number> {
  const { rowCount } = await sql.query(
    "DELETE FROM update_inbox WHERE done_at IS NOT NULL AND done_at < (now() AT TIME ZONE 'UTC') - make_interval(hours => $1)",
    [keepHours],
  );
  return rowCount ?? 0;
}

export interface PollingOptions {
  allowedUpdates: readonly string[];
  /** Pause after an empty answer that came at once (a Bot API server without long polling). */
  idleDelayMs?: number;
  /** Seconds Telegram holds a getUpdates call open when there is nothing new. */
  timeoutSeconds?: number;
}

/**
 * Long polling that stores before it confirms: the offset that tells Telegram "received" is only
 * sent with the next call, after the updates are in the inbox. One poller per bot token (Telegram
 * answers 409 to a second one).
 */
export function pollIntoInbox(bot: Bot<BotContext>, inbox: UpdateInbox, log: Logger, o: PollingOptions) {
  let stopped = false;
  const abort = new AbortController();
  const loop = (async () => {
    let offset = 0;
    while (!stopped) {
      try {
        const asked = Date.now();
        const updates = await bot.api.getUpdates(
          { offset, timeout: o.timeoutSeconds ?? 25, allowed_updates: o.allowedUpdates as never },
          abort.signal as never,
        );
        if (updates.length) {
          await inbox.store(updates, "polling");
          offset = updates.at(-1)!.update_id + 1;
        } else if (Date.now() - asked < 1_000) {
          // An empty answer at once: a server without long polling (a local emulator); do not spin.
          await new Promise((r) => setTimeout(r, o.idleDelayMs ?? 250));
        }
      } catch (err) {
        if (stopped) break;
        log.warn({ err }, "polling failed; trying again shortly");
        await new Promise((r) => setTimeout(r, 1_000));
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      abort.abort();
      await loop;
    },
  };
}
