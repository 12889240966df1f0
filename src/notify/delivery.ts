import { GrammyError, HttpError, type Api } from "grammy";
import pg from "pg";
import type { Logger } from "pino";
import { readRows, type Db, type DbClient } from "../db/index.js";
import type { OutboxMessage } from "../db/generated/client.js";
import type { Clock } from "../domain/shared/clock.js";
import { OUTBOX_CHANNEL } from "../db/outbox-rows.js";
import { whenOnTheWire } from "./telegram-client.js";
import { telegramMetrics } from "../metrics/registry.js";

// Delivers the outbox: the oldest pending message of each chat first (order per chat), claimed
// with a lease so several instances never send the same row at once, retried with backoff on
// 429/5xx/network errors, and given up cleanly on a blocked bot (403).
//
// Exactly once, as far as it can be had. Telegram has no idempotency key, so a process that dies
// after Telegram took a message and before `sent_at` is written cannot know, on restart, whether
// the message arrived. The window is kept as small as it can be: `sending_at` is committed only
// when the call is let go (after the rate budget's wait, inside the API client) and cleared with
// its answer, so a crash while a message waits its turn leaves it certainly unsent, and it is sent
// once more without doubt. A row found with `sending_at` set is "in doubt" (the crash hit the few
// milliseconds of the call itself, or the call went out and timed out or lost its connection
// before an answer came): it is sent again, because a receipt twice is better than no
// receipt, and the repeat is recorded (a "delivery-in-doubt" ticket event, the row's last_error)
// so that a duplicate a customer reports can be explained. Edits are safe to repeat ("message is
// not modified" counts as done). This is at-least-once in that narrow window, and said so.

export interface DeliveryOptions {
  db: Db;
  databaseUrl: string;
  api: Api;
  clock: Clock;
  log: Logger;
  batchSize?: number;
  pollMs?: number;
  /** How long a claimed message is left to this instance (longer than a message's tries take). */
  leaseMs?: number;
  /** Called in the same transaction when a message is given up on (to tell the agent who wrote it). */
  onGiveUp?: (tx: DbClient, message: OutboxMessage, blocked: boolean) => Promise<void>;
}

const LEASE_MS = 60_000;
const TEXT_LIMIT = 4096;
/** At most this many waiting copies are looked at to travel with one message. */
const MAX_COMBINED = 30;
const COMBINED_SEPARATOR = "\n\n";
const MAX_ATTEMPTS = 10;
const MAX_BACKOFF_MS = 5 * 60_000;

// The statements every message takes (see readRows: through node-postgres when the client shares
// its pool). Claim: $1 the lease's end, $2 now, $3 how many.
const CLAIM_SQL = `
  UPDATE outbox_messages o SET not_before = ($1::timestamptz AT TIME ZONE 'UTC'), attempts = o.attempts + 1
  WHERE o.id IN (
    SELECT h.id FROM (
      SELECT DISTINCT ON (chat_id) id, critical, not_before FROM outbox_messages
      WHERE sent_at IS NULL AND failed_at IS NULL
      ORDER BY chat_id, critical DESC, id
    ) h
    WHERE h.not_before <= ($2::timestamptz AT TIME ZONE 'UTC')
    ORDER BY h.critical DESC, h.id
    LIMIT $3::int
  )
  AND o.not_before <= ($2::timestamptz AT TIME ZONE 'UTC') AND o.sent_at IS NULL AND o.failed_at IS NULL
  RETURNING o.id, o.chat_id AS "chatId", o.method, o.payload, o.ticket_id AS "ticketId", o.attempts,
    o.kind, o.source_message_id AS "sourceMessageId", o.failure_notify_chat_id AS "failureNotifyChatId",
    o.sending_at AS "sendingAt"`;

// Sent: $1 when, $2 Telegram's message id, $3 the head row, $4 whether it was in doubt (its note
// stays), $5 the rows that went in the message. Rows combined into one message share its id: a
// reply to it names their tickets (see agent-views.ts).
const SENT_SQL = `
  UPDATE outbox_messages SET sent_at = ($1::timestamptz AT TIME ZONE 'UTC'), sending_at = NULL, telegram_message_id = $2::int,
    last_error = CASE WHEN id = $3::int AND $4::boolean THEN last_error ELSE NULL END
  WHERE id = ANY($5::int[])`;

export class OutboxDelivery {
  private running = false;
  private again = false;
  private stopped = true;
  private timer?: NodeJS.Timeout;
  private listener?: pg.Client;
  private idle: Promise<void> = Promise.resolve();
  private wake?: () => void;

  constructor(private readonly o: DeliveryOptions) {}

  async start(): Promise<void> {
    this.stopped = false;
    this.listener = new pg.Client({ connectionString: this.o.databaseUrl });
    this.listener.on("notification", () => this.kick());
    this.listener.on("error", (err) => this.o.log.warn({ err }, "outbox listener connection lost; polling continues"));
    await this.listener.connect();
    await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.timer = setInterval(() => this.kick(), this.o.pollMs ?? 1000);
    this.timer.unref();
    this.kick();
  }

  /** Finishes the batch in flight, then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.idle;
    await this.listener?.end().catch(() => undefined);
  }

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      this.wake?.();
      return;
    }
    this.running = true;
    this.idle = this.drain()
      .then(() => undefined)
      .catch((err) => this.o.log.error({ err }, "outbox delivery failed"))
      .finally(() => {
        this.running = false;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  /**
   * Delivers until nothing is due; returns how many messages were sent. Up to a batch of messages
   * are in flight at once and a free slot is refilled at once, so one chat's per-chat pause never
   * holds back the others (a chat's next message is claimed only after its previous one is done).
   */
  async drain(): Promise<number> {
    const capacity = this.o.batchSize ?? 50;
    const inflight = new Set<Promise<void>>();
    let sent = 0;
    for (;;) {
      const room = this.stopped ? 0 : capacity - inflight.size;
      const batch = room > 0 ? await this.claim(room) : [];
      for (const m of batch) {
        const p: Promise<void> = this.deliver(m)
          .then((ok) => {
            if (ok) sent++;
          })
          .finally(() => inflight.delete(p));
        inflight.add(p);
      }
      if (batch.length && inflight.size < capacity) continue;
      if (!inflight.size) return sent;
      // A new message is looked for as soon as one is written (NOTIFY), not only when a message
      // in flight is done: that one may be waiting a second for its chat's turn.
      const woken = new Promise<void>((resolve) => (this.wake = resolve));
      await Promise.race([...inflight, woken]);
      this.wake = undefined;
    }
  }

  /**
   * Claims the next message of up to `limit` chats. Only the oldest pending message of a chat can
   * go (order per chat), so the heads are chosen first and the oldest due heads taken: a chat with
   * a long backlog (an agent holding busy tickets) takes one slot, never the whole batch, and a
   * receipt to another chat is not kept waiting behind it.
   */
  private async claim(limit: number): Promise<OutboxMessage[]> {
    const now = this.o.clock.now();
    const lease = new Date(now.getTime() + (this.o.leaseMs ?? LEASE_MS));
    return readRows<OutboxMessage>(this.o.db, CLAIM_SQL, [lease.toISOString(), now.toISOString(), limit]);
  }

  /**
   * When an agent's chat is behind Telegram's per-chat pace, the customer messages waiting behind
   * the one about to go travel with it: one message, each part keeping its "#ticket · name:" line,
   * so the agent reads the present instead of a backlog that arrives one message a second. Only
   * plain copies that directly follow it (nothing else in between, no buttons, not a reply) join,
   * so the order of the chat is kept. Returns the rows claimed to go along.
   */
  private async gatherFollowers(m: OutboxMessage, text: string): Promise<Array<{ id: number; text: string }>> {
    if (!isPlainCopy(m)) return [];
    const now = this.o.clock.now();
    const next = await this.o.db.$queryRaw<Array<OutboxMessage & { notBefore: Date }>>`
      SELECT id, kind, method, payload, source_message_id AS "sourceMessageId", sending_at AS "sendingAt", not_before AS "notBefore" FROM outbox_messages
      WHERE chat_id = ${m.chatId} AND id > ${m.id} AND sent_at IS NULL AND failed_at IS NULL
      ORDER BY id LIMIT ${MAX_COMBINED}`;
    const picked: Array<{ id: number; text: string }> = [];
    let length = text.length;
    for (const row of next) {
      if (!isPlainCopy(row) || row.sendingAt || row.notBefore > now) break;
      const part = String((row.payload as { text?: unknown }).text ?? "");
      if (length + COMBINED_SEPARATOR.length + part.length > TEXT_LIMIT) break;
      length += COMBINED_SEPARATOR.length + part.length;
      picked.push({ id: row.id, text: part });
    }
    if (!picked.length) return [];
    const lease = new Date(now.getTime() + (this.o.leaseMs ?? LEASE_MS));
    const claimed = await this.o.db.$queryRaw<Array<{ id: number }>>`
      UPDATE outbox_messages SET not_before = ${lease}, attempts = attempts + 1
      WHERE id = ANY(${picked.map((p) => p.id)}::int[]) AND sent_at IS NULL AND failed_at IS NULL AND sending_at IS NULL AND not_before <= ${now}
      RETURNING id`;
    // Another instance may have taken one meanwhile: keep the unbroken run before it, give back the rest.
    const ok = new Set(claimed.map((c) => c.id));
    const run = picked.findIndex((p) => !ok.has(p.id));
    const kept = run === -1 ? picked : picked.slice(0, run);
    const released = claimed.filter((c) => !kept.some((k) => k.id === c.id)).map((c) => c.id);
    if (released.length) await this.release(released);
    return kept;
  }

  /**
   * Gives claimed rows back (due now, the claim's attempt not counted), no longer marked as being
   * sent unless the call that carried them may have reached Telegram.
   */
  private async release(ids: number[], maybeDelivered = false): Promise<void> {
    await this.o.db.$executeRaw`
      UPDATE outbox_messages SET not_before = ${this.o.clock.now()}, attempts = GREATEST(attempts - 1, 0),
        sending_at = CASE WHEN ${maybeDelivered} THEN sending_at ELSE NULL END
      WHERE id = ANY(${ids}::int[]) AND sent_at IS NULL`;
  }

  private async deliver(m: OutboxMessage): Promise<boolean> {
    const { db, clock, log } = this.o;
    let followers: Array<{ id: number; text: string }> = [];
    let onTheWire = false;
    try {
      const [method, payload] = singleIfLone(m.method, { ...(m.payload as Record<string, unknown>), chat_id: Number(m.chatId) });
      if (m.sendingAt) await this.inDoubt(m, method);
      followers = await this.gatherFollowers(m, String(payload.text ?? ""));
      if (followers.length) payload.text = [String(payload.text ?? ""), ...followers.map((f) => f.text)].join(COMBINED_SEPARATOR);
      const ids = [m.id, ...followers.map((f) => f.id)];
      whenOnTheWire(payload, async () => {
        await this.markOnTheWire(ids);
        onTheWire = true;
      });
      const answer = (await this.o.api.raw[method as "sendMessage"](payload as never)) as { message_id?: number } | Array<{ message_id?: number }>;
      // An album answers with its messages: the first one stands for it (replies, edits).
      const result = Array.isArray(answer) ? answer[0] : answer;
      await readRows(db, SENT_SQL, [clock.now().toISOString(), result?.message_id ?? null, m.id, m.sendingAt !== null, ids]);
      if (followers.length) telegramMetrics.combined.inc(followers.length);
      return true;
    } catch (err) {
      // Editing a message to the text it already has is not a failure.
      if (err instanceof GrammyError && err.error_code === 400 && /message is not modified/i.test(err.description)) {
        await db.$executeRaw`UPDATE outbox_messages SET sent_at = ${clock.now()}, sending_at = NULL WHERE id = ${m.id}`;
        return true;
      }
      // The rows that were to travel along go again on their own turn, with the head's retry.
      // A request that went out and got no answer (a timeout, a dropped connection) may have
      // reached Telegram: the rows stay marked, so their next attempt is recorded as in doubt.
      const maybeDelivered = onTheWire && err instanceof HttpError;
      if (followers.length)
        await this.release(
          followers.map((f) => f.id),
          maybeDelivered,
        ).catch(() => undefined);
      await this.recordFailure(m, err, maybeDelivered);
      log.warn({ outboxId: m.id, ticketId: m.ticketId, err: String(err) }, "outbox delivery attempt failed");
      return false;
    }
  }

  /**
   * Marks the row as being sent. This runs while the chat's turn in the rate budget is held, so
   * it must never wait long: a handler that holds a lock on this row inside its transaction and
   * waits for the same chat's turn would otherwise wait for us forever (PostgreSQL cannot see the
   * cycle, half of it is in this process). After a short lock timeout the call is not made, the
   * turn is given back, and the message is retried like any transient failure.
   */
  private async markOnTheWire(ids: number[]): Promise<void> {
    try {
      // Selected FROM the call: a void column is more than Prisma's raw API can read.
      await readRows(this.o.db, "SELECT 1 AS marked FROM outbox_mark_sending($1::int[], ($2::timestamptz AT TIME ZONE 'UTC'))", [
        ids,
        this.o.clock.now().toISOString(),
      ]);
    } catch (err) {
      throw new HttpError("not sent: the row could not be marked as being sent", err);
    }
  }

  /** A previous attempt went on the wire and its answer was never recorded (see the top of the file). */
  private async inDoubt(m: OutboxMessage, method: string): Promise<void> {
    const { db, clock, log } = this.o;
    const now = clock.now();
    const note = `in doubt: an earlier attempt (${m.sendingAt!.toISOString()}) may have reached Telegram; sent again`;
    log.warn({ outboxId: m.id, ticketId: m.ticketId, method, since: m.sendingAt }, "outbox message in doubt after a crash: sending it again");
    await db.$transaction(async (tx) => {
      await tx.outboxMessage.update({ where: { id: m.id }, data: { lastError: note } });
      if (m.ticketId !== null && !method.startsWith("edit")) {
        await tx.ticketEvent.create({
          data: {
            ticketId: m.ticketId,
            type: "delivery-in-doubt",
            actorType: "system",
            data: { outboxId: m.id, method, since: m.sendingAt!.toISOString() },
            createdAt: now,
          },
        });
      }
    });
  }

  private async recordFailure(m: OutboxMessage, err: unknown, maybeDelivered = false): Promise<void> {
    const { db, clock } = this.o;
    const now = clock.now();
    const description = err instanceof Error ? err.message.slice(0, 500) : String(err);
    const code = err instanceof GrammyError ? err.error_code : undefined;
    const retryAfter = err instanceof GrammyError ? err.parameters.retry_after : undefined;
    const transient = err instanceof HttpError || code === 429 || (code !== undefined && code >= 500);

    if (transient && m.attempts < MAX_ATTEMPTS) {
      const backoff = retryAfter ? retryAfter * 1000 : Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (m.attempts - 1));
      await db.outboxMessage.update({
        where: { id: m.id },
        data: { notBefore: new Date(now.getTime() + backoff), lastError: description, ...(maybeDelivered ? {} : { sendingAt: null }) },
      });
      return;
    }
    await db.$transaction(async (tx) => {
      await tx.outboxMessage.update({ where: { id: m.id }, data: { failedAt: now, lastError: description, sendingAt: null } });
      if (code === 403) {
        // Blocked or deactivated: stop trying until they write to the bot again.
        await tx.customer.updateMany({ where: { telegramId: m.chatId }, data: { unreachableAt: now } });
      }
      await this.o.onGiveUp?.(tx, m, code === 403);
      telegramMetrics.giveUps.inc({ reason: code === 403 ? "blocked" : transient ? "retries_exhausted" : "refused" });
      if (m.ticketId !== null) {
        await tx.ticketEvent.create({
          data: {
            ticketId: m.ticketId,
            type: "delivery-failed",
            actorType: "system",
            data: { outboxId: m.id, code: code ?? null, description },
            createdAt: now,
          },
        });
      }
    });
  }
}

const SINGLE: Record<string, string> = { photo: "sendPhoto", video: "sendVideo", document: "sendDocument", audio: "sendAudio" };

/**
 * An album held for its other parts may leave with one file only (Telegram wants 2-10 in a media
 * group): then it goes as that one file.
 */
function singleIfLone(method: string, payload: Record<string, unknown>): [string, Record<string, unknown>] {
  const media = payload.media as Array<Record<string, unknown>> | undefined;
  if (method !== "sendMediaGroup" || !media || media.length !== 1) return [method, payload];
  const { media: _media, ...rest } = payload;
  const { type, media: fileId, ...captioned } = media[0]!;
  const single = SINGLE[String(type)] ?? "sendDocument";
  return [single, { ...rest, ...captioned, [String(type)]: fileId }];
}

/**
 * A customer's message copied to an agent as plain text (it has the stored message it shows): it
 * may share one message with its neighbours. Cards ("Assigned to you") never do: an agent replies
 * to them to answer that one ticket.
 */
function isPlainCopy(m: Pick<OutboxMessage, "kind" | "method" | "payload" | "sourceMessageId">): boolean {
  const p = m.payload as Record<string, unknown> | null;
  return (
    m.kind === "agent-copy" &&
    m.sourceMessageId !== null &&
    m.method === "sendMessage" &&
    !!p &&
    typeof p.text === "string" &&
    !p.reply_markup &&
    !p.reply_parameters
  );
}
