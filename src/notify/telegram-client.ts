import { HttpError, InputFile, type Api, type Transformer } from "grammy";
import type { Logger } from "pino";
import type { Db, Prisma } from "../db/index.js";
import { OUTBOX_CHANNEL } from "../db/outbox-rows.js";
import { chatGapMs, nowMs, sharedBudgetFor, sleepUntil } from "./shared-rate-budget.js";

// The one way out to Telegram. Every Bot API call of this process, the bot's direct replies and
// the outbox's deliveries alike, passes the same throttler (one rate budget per bot token: the
// configured messages per second overall, about one per second per chat, 20 a minute per group)
// and a retry policy for what is worth retrying: 429 (after its retry_after), 5xx and connections
// that fail. Direct replies then pass one more layer: a send that still fails is queued in the
// outbox instead of being thrown into the middle of a customer's flow.
//
// Several instances of the desk share one budget, kept in PostgreSQL (shared-rate-budget.ts); the
// per-process one below is used before it is attached and while the database does not answer.

export interface TelegramClientOptions {
  token: string;
  apiRoot: string;
  /** Messages per second overall (Telegram allows about 30). */
  perSecond: number;
  log?: Logger;
}

type ApiResult = Awaited<ReturnType<Parameters<Transformer>[0]>>;
type Failure = Extract<ApiResult, { ok: false }>;

/**
 * One bot token's rate budget. A call waits for its chat (one call at a time per chat, spaced
 * from that chat's previous one), then for its turn overall (spaced from the previous call of
 * any chat). Both spacings are counted from when calls were actually let go, not from when they
 * were planned: if the process stalls, the calls that were due leave one gap apart afterwards
 * instead of all at once, and a chat's limit cannot be eaten by a wait for the overall one.
 */
export class RateBudget {
  private readonly overall = { line: Promise.resolve(), last: 0 };
  private readonly chats = new Map<string, { line: Promise<void>; last: number }>();

  constructor(readonly perSecond: number) {}

  /** Spacing overall, with a tenth of margin: Telegram counts arrivals, and the network is not exact. */
  get gapMs(): number {
    return 1000 / (this.perSecond * 0.9);
  }

  async run<T>(chat: string | number | undefined, call: (slotAt?: number) => Promise<T>): Promise<T> {
    // Calls without a chat (answering a button press, getMe) are not messages.
    if (chat === undefined) return call();
    const key = String(chat);
    const chatGap = chatGapMs(key);
    const entry = this.chats.get(key) ?? { line: Promise.resolve(), last: 0 };
    this.chats.set(key, entry);
    // One call at a time per chat, in the order they came: order within a chat is kept here.
    const chatTurn = take(entry, "line");
    await chatTurn.ready;
    try {
      await sleep(entry.last + chatGap - Date.now());
      const overallTurn = take(this.overall, "line");
      await overallTurn.ready;
      try {
        await sleep(this.overall.last + this.gapMs - Date.now());
        this.overall.last = entry.last = Date.now();
      } finally {
        overallTurn.done();
      }
      return await call();
    } finally {
      chatTurn.done();
      if (entry.line === chatTurn.mine)
        setTimeout(() => entry.line === chatTurn.mine && this.chats.get(key) === entry && this.chats.delete(key), chatGap).unref();
    }
  }
}

/** Joins the end of a line (a promise chain kept in `holder[field]`). */
function take<K extends string>(holder: Record<K, Promise<void>>, field: K) {
  const ready = holder[field];
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  holder[field] = mine;
  return { ready, mine, done };
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

const budgets = new Map<string, RateBudget>();

/**
 * The rate budget of one bot token (for the rare call that is not made through an Api object):
 * the one all instances share in PostgreSQL once this process attached it (desk.ts), this
 * process's own otherwise and while the database does not answer.
 */
export function rateBudget(o: Pick<TelegramClientOptions, "token" | "apiRoot" | "perSecond">): Pick<RateBudget, "run"> {
  const key = `${o.apiRoot}|${o.token}|${o.perSecond}`;
  let local = budgets.get(key);
  if (!local) {
    local = new RateBudget(o.perSecond);
    budgets.set(key, local);
  }
  const own = local;
  return {
    run<T>(chat: string | number | undefined, call: (slotAt?: number) => Promise<T>): Promise<T> {
      const shared = sharedBudgetFor(o.token, o.apiRoot);
      return shared ? shared.run(chat, call, own) : own.run(chat, call);
    },
  };
}

/** Calls that put a message into a chat (or change one): what the per-chat limits count. */
const CHAT_MESSAGES = /^(send|copyMessage|forwardMessage|editMessage)/;

/**
 * The chat a call puts a message into, or undefined for any other call: a group's guard deleting
 * spam or restricting a member (deleteMessage, restrictChatMember, banChatMember...) is no message
 * and must not wait 3 s per call.
 */
function messageChat(method: string, payload: unknown): string | number | undefined {
  if (!CHAT_MESSAGES.test(method)) return undefined;
  const chat = (payload as { chat_id?: unknown } | undefined)?.chat_id;
  return typeof chat === "number" || typeof chat === "string" ? chat : undefined;
}

/** The rate budget of one bot token as a transformer, shared by every Api object that installs it. */
export function sharedThrottler(o: Pick<TelegramClientOptions, "token" | "apiRoot" | "perSecond">): Transformer {
  const budget = rateBudget(o);
  return ((prev, method, payload, signal) => {
    return budget.run(messageChat(method, payload), (slotAt) => {
      if (slotAt !== undefined && payload && typeof payload === "object") leaveAt.set(payload, slotAt + WIRE_DELAY_MS);
      return prev(method, payload, signal);
    });
  }) as Transformer;
}

/**
 * How long after its slot a call leaves while the bot runs at its limit. Between the two, the
 * outbox marks its row as being sent (a database round trip, a few milliseconds, more on a busy
 * machine); a call sent the moment that returned would leave its slot's spacing by however long
 * the round trip took, and calls bunch where Telegram counts them. Every call that waited for its
 * turn leaves this long after its slot, so the spacing holds whatever the round trip took, up to
 * this. Below the limit nothing bunches that Telegram would count, and nothing is delayed.
 */
const WIRE_DELAY_MS = 25;
/** The moment a call's payload leaves (its slot and WIRE_DELAY_MS), set when the budget let it go. */
const leaveAt = new WeakMap<object, number>();

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Never wait longer than this in all; a retry_after beyond it is left to the caller. */
  budgetMs: number;
  /** First pause after a 5xx or a failed connection; doubled each time. */
  firstBackoffMs: number;
}

/**
 * For a person waiting for an answer: rides out a few seconds of trouble; after that the reply is
 * queued in the outbox (see neverThrowIntoFlow), and the chat's next update is not held up.
 */
export const REPLY_RETRY: RetryPolicy = { attempts: 6, budgetMs: 6_000, firstBackoffMs: 500 };
/** For the outbox, which has its own durable backoff: short waits here, the rest on the next round. */
export const OUTBOX_RETRY: RetryPolicy = { attempts: 3, budgetMs: 8_000, firstBackoffMs: 500 };

export function isTransient(failure: unknown): boolean {
  if (failure instanceof HttpError) return true;
  const code = (failure as Failure | undefined)?.error_code;
  return code === 429 || (typeof code === "number" && code >= 500);
}

/** Retries 429 (after retry_after), 5xx and failed connections, within the policy's budget. */
export function retrying(policy: RetryPolicy): Transformer {
  return (async (prev, method, payload, signal) => {
    const started = Date.now();
    let backoff = policy.firstBackoffMs;
    for (let attempt = 1; ; attempt++) {
      let outcome: ApiResult | HttpError;
      try {
        outcome = await prev(method, payload, signal);
        if (outcome.ok) return outcome;
      } catch (err) {
        if (!(err instanceof HttpError)) throw err;
        outcome = err;
      }
      if (!isTransient(outcome) || attempt >= policy.attempts || signal?.aborted) return settle(outcome);
      const retryAfter = outcome instanceof HttpError ? undefined : outcome.parameters?.retry_after;
      // A little jitter so that the chats a storm hit do not all come back in the same instant.
      const wait = retryAfter !== undefined ? retryAfter * 1000 + Math.random() * 100 : backoff * (0.8 + Math.random() * 0.4);
      if (Date.now() - started + wait > policy.budgetMs) return settle(outcome);
      await pause(wait, signal);
      if (retryAfter === undefined) backoff *= 2;
    }
  }) as Transformer;
}

function settle(outcome: ApiResult | HttpError): ApiResult {
  if (outcome instanceof HttpError) throw outcome;
  return outcome;
}

/** grammY's AbortSignal type comes from a polyfill's typings; only these two members are used. */
interface Abortable {
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

function pause(ms: number, signal?: Abortable): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}

const wireHooks = new WeakMap<object, () => Promise<void>>();

/** Runs `hook` (and waits for it) just before the call with this very payload object goes on the wire. */
export function whenOnTheWire(payload: object, hook: () => Promise<void>): void {
  wireHooks.set(payload, hook);
}

/**
 * Innermost layer: after the rate budget let the call go, before it is sent. A hook that fails
 * stops the call (nothing is sent that could not be marked as being sent). The call then leaves
 * at its moment (WIRE_DELAY_MS after its slot), however long the hook took.
 */
export function wireHook(): Transformer {
  return (async (prev, method, payload, signal) => {
    const hook = payload && typeof payload === "object" ? wireHooks.get(payload) : undefined;
    if (hook) await hook();
    const at = payload && typeof payload === "object" ? leaveAt.get(payload) : undefined;
    if (at !== undefined) await sleepUntil(at);
    const chat = messageChat(method, payload);
    if (chat !== undefined) await leaveInTurn(String(chat));
    return prev(method, payload, signal);
  }) as Transformer;
}

/** How much closer than a chat's gap two messages to it may leave this process (see leaveInTurn). */
const CHAT_LEFT_SLACK_MS = 50;
/** Per chat, when the last message asked for leaves (or left) this process. */
const lastLeaving = new Map<string, Promise<number>>();

/**
 * The rate budget spaces a chat's messages by their slots; a message can leave well after its
 * slot (the outbox's mark-as-sending round trip, a busy event loop: 150 ms on a loaded machine)
 * and bring the next one closer than a second where Telegram counts them (925 ms was seen in the
 * fault-storm test). Within this process a message also leaves no sooner than the chat's gap,
 * less a little, after the previous one actually left, and messages asked for at once leave one
 * after the other. In the usual case nothing waits longer.
 */
async function leaveInTurn(chat: string): Promise<void> {
  const gap = chatGapMs(chat);
  const previous = lastLeaving.get(chat);
  let leave!: (at: number) => void;
  const mine = new Promise<number>((resolve) => (leave = resolve));
  lastLeaving.set(chat, mine);
  // sleepUntil may return up to a millisecond early: the slack is never eaten into by that.
  if (previous) await sleepUntil((await previous) + gap - CHAT_LEFT_SLACK_MS + 1);
  leave(nowMs());
  setTimeout(() => lastLeaving.get(chat) === mine && lastLeaving.delete(chat), gap).unref();
}

/** What a reply was for the person, if it does not get through: nothing lost, or worth a later send. */
const COSMETIC = new Set(["answerCallbackQuery", "sendChatAction", "setMessageReaction", "deleteMessage", "editMessageReplyMarkup"]);
const QUEUEABLE = new Set([
  "sendMessage",
  "sendPhoto",
  "sendDocument",
  "sendVideo",
  "sendAudio",
  "sendVoice",
  "sendAnimation",
  "sendSticker",
  "sendVideoNote",
  "editMessageText",
  "editMessageCaption",
]);

export type QueueSend = (chatId: bigint, method: string, payload: Record<string, unknown>) => Promise<void>;

/** Puts a send that failed into the outbox, which delivers it durably, in order, with backoff. */
export function queueInOutbox(db: Db): QueueSend {
  return async (chatId, method, payload) => {
    await db.$transaction(async (tx) => {
      await tx.outboxMessage.create({ data: { chatId, method, payload: payload as Prisma.InputJsonValue, kind: "queued-reply" } });
      await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
    });
  };
}

/**
 * The last layer of direct replies: whatever Telegram does, the customer's flow goes on.
 * - a call that only decorates (answering a button press, "typing…") is given up quietly;
 * - a message that could not be sent for a passing reason (429, 5xx, no connection, after the
 *   retries) is queued in the outbox and delivered later; the caller gets a stand-in message
 *   (message_id 0), since nothing in a flow may wait for Telegram to come back;
 * - a person who blocked the bot (403) is not an error of the flow either;
 * - "message is not modified" is what the caller wanted anyway.
 * Anything else (400: the desk built a wrong request) is returned as it is, to be seen in the logs.
 */
export function neverThrowIntoFlow(queue: QueueSend | undefined, log?: Logger): Transformer {
  return (async (prev, method, payload, signal) => {
    let failure: Failure | HttpError;
    try {
      const res = await prev(method, payload, signal);
      if (res.ok) return res;
      failure = res;
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      failure = err;
    }
    const description = failure instanceof HttpError ? failure.message : failure.description;
    const code = failure instanceof HttpError ? undefined : failure.error_code;
    const p = (payload ?? {}) as Record<string, unknown>;
    const chat = typeof p.chat_id === "number" || typeof p.chat_id === "string" ? p.chat_id : undefined;
    if (COSMETIC.has(method) || (code === 400 && /message is not modified/i.test(description))) {
      log?.warn({ method, code, description }, "Telegram call given up; nothing the person needed");
      return { ok: true, result: true } as never;
    }
    if (code === 403) {
      log?.info({ method, chatId: chat, description }, "the person cannot be written to (blocked the bot?)");
      return { ok: true, result: standIn(method, p) } as never;
    }
    if (isTransient(failure) && queue && chat !== undefined && QUEUEABLE.has(method) && serialisable(p)) {
      const { chat_id: _chat, ...rest } = p;
      try {
        await queue(BigInt(chat), method, rest);
        log?.warn({ method, chatId: chat, code, description }, "reply queued in the outbox after Telegram failed");
        return { ok: true, result: standIn(method, p) } as never;
      } catch (err) {
        log?.error({ err, method, chatId: chat }, "could not queue a failed reply");
      }
    }
    return settle(failure) as never;
  }) as Transformer;
}

function standIn(method: string, p: Record<string, unknown>) {
  if (method.startsWith("edit")) return true;
  return {
    message_id: 0,
    date: Math.floor(Date.now() / 1000),
    chat: { id: Number(p.chat_id), type: "private" },
    ...(typeof p.text === "string" ? { text: p.text } : {}),
  };
}

/** Uploads (InputFile) cannot wait in a database row; file ids and text can. */
function serialisable(value: unknown, depth = 0): boolean {
  if (value instanceof InputFile || depth > 8) return false;
  if (Array.isArray(value)) return value.every((v) => serialisable(v, depth + 1));
  if (value && typeof value === "object") return Object.values(value).every((v) => serialisable(v, depth + 1));
  return typeof value !== "function" && typeof value !== "bigint";
}

/**
 * Makes `api` (the bot's: grammY copies its transformers to every update's ctx.api) one of the
 * ways out: shared rate budget, retries for a waiting person, and a failed send queued instead
 * of thrown.
 */
export function useTelegramClient(api: Api, o: TelegramClientOptions & { db?: Db }): void {
  // Innermost first: a call leaves at its slot's moment (as the outbox's do), after the budget.
  api.config.use(wireHook());
  api.config.use(sharedThrottler(o));
  api.config.use(retrying(REPLY_RETRY));
  api.config.use(neverThrowIntoFlow(o.db ? queueInOutbox(o.db) : undefined, o.log));
}
