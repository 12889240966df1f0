import { isIntakeAction, type IntakeAction } from "./intake/flow.js";
import { SCORECARD_ITEMS, type ItemScore, type ScorecardItem } from "./quality/scorecard.js";

// Every button the bot sends as a plain callback button, and what its callback data says. The
// domain builds buttons with `encode`, the bot reads presses with `decode`; nothing else writes or
// parses these strings. Buttons stay in chats for months, so the wire format of each kind is
// frozen: a new kind gets a new prefix, an existing one never changes shape. (The staff's menus
// are @grammyjs/menu's and carry that plugin's own data.)

export type CallbackAction =
  /** A step of the customer's intake ("i:consent-yes", "i:topic-payment"). */
  | { kind: "intake"; action: IntakeAction }
  /**
   * An intake button of an earlier version of the bot ("i:new", "i:topic:payment"): the intake
   * answers it by showing where the conversation is now.
   */
  | { kind: "intake-outdated"; was: string }
  /** "Read the article" where no Mini App is configured: the article in the chat. */
  | { kind: "article"; slug: string }
  /** "Ticket status" where no Mini App is configured. */
  | { kind: "status"; ticket: number }
  | { kind: "details"; ticket: number }
  | { kind: "csat"; ticket: number; score: number }
  | { kind: "nps"; ticket: number; score: number }
  /** "Did the solution hold?" a while after resolution. */
  | { kind: "follow-up"; ticket: number; solved: boolean }
  /** An agent takes the ticket of a card. */
  | { kind: "take"; ticket: number }
  /**
   * Send or discard a reply the quality check held. New confirmations are a menu
   * (src/bot/agent/held-reply-menu.ts); this kind answers the buttons sent before it.
   */
  | { kind: "held-reply"; messageId: number; send: boolean }
  /** A newcomer's captcha answer: the picture they pressed. */
  | { kind: "captcha"; chat: number; user: number; choice: number }
  /** A moderator approves or declines a join request that waited for one. */
  | { kind: "join-verdict"; approve: boolean; chat: number; user: number }
  /** "How do I report?" under the group's help message. */
  | { kind: "report-how" }
  /** A moderator deletes a reported message and bans its author. */
  | { kind: "report-ban"; chat: number; user: number; message: number }
  /** A restricted member asks the moderators to look again. */
  | { kind: "appeal"; chat: number; user: number }
  /** A moderator lifts a restriction. */
  | { kind: "lift"; chat: number; user: number }
  /** An admin stops a running experiment from its results. */
  | { kind: "experiment-stop"; code: string }
  /** An admin ships a variant of an experiment as the text (or flow value) for everyone. */
  | { kind: "experiment-ship"; code: string; variant: string }
  /** A supervisor opens a sampled conversation's scorecard. */
  | { kind: "review-open"; review: number }
  /** A supervisor scores one line of a scorecard (0 no, 1 partly, 2 yes). */
  | { kind: "review-score"; review: number; item: ScorecardItem; value: ItemScore }
  /** A supervisor saves a scorecard. */
  | { kind: "review-save"; review: number }
  /** Agent assist: send a suggested macro to the ticket's customer. */
  | { kind: "assist-macro"; code: string; ticket: number };

export type CallbackKind = CallbackAction["kind"];
export type ActionOf<K extends CallbackKind> = Extract<CallbackAction, { kind: K }>;

/** Telegram refuses a button whose callback data is longer than this, in bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

export class CallbackDataError extends Error {}

const TICKET = String.raw`(\d{1,9})`;
const SCORE = String.raw`(\d{1,2})`;
/** Telegram chat ids: negative for groups, within JavaScript's safe integers. */
const CHAT = String.raw`(-?\d{1,16})`;
const USER = String.raw`(\d{1,16})`;
const MESSAGE = String.raw`(\d{1,12})`;
/** Experiment and macro codes, as their validators allow them. */
const CODE = String.raw`([a-z0-9][a-z0-9-]{1,39})`;
const REVIEW = String.raw`(\d{1,9})`;
const SLUG = /^[a-z0-9-]{1,60}$/;
const OUTDATED_INTAKE = /^[a-z0-9:_-]{1,60}$/;

type Decoder = (m: RegExpExecArray) => CallbackAction | null;

/** A number the pattern matched, or null when it is beyond what the kind allows. */
function int(s: string | undefined, min: number, max: number): number | null {
  const n = Number(s);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}

const ID_MAX = Number.MAX_SAFE_INTEGER;
const TICKET_MAX = 999_999_999;

/** The chat and the member a community button is about, or null. */
function ids(chatText: string | undefined, userText: string | undefined): { chat: number; user: number } | null {
  const chat = int(chatText, -ID_MAX, ID_MAX);
  const user = int(userText, 1, ID_MAX);
  return chat === null || chat === 0 || user === null ? null : { chat, user };
}

const ticketOnly =
  <K extends "status" | "details" | "take">(kind: K): Decoder =>
  (m) => {
    const ticket = int(m[1], 1, TICKET_MAX);
    return ticket === null ? null : ({ kind, ticket } as ActionOf<K>);
  };

const scored =
  (kind: "csat" | "nps", min: number, max: number): Decoder =>
  (m) => {
    const ticket = int(m[1], 1, TICKET_MAX);
    const score = int(m[2], min, max);
    return ticket === null || score === null ? null : { kind, ticket, score };
  };

const reviewOnly =
  <K extends "review-open" | "review-save">(kind: K): Decoder =>
  (m) => {
    const review = int(m[1], 1, TICKET_MAX);
    return review === null ? null : ({ kind, review } as ActionOf<K>);
  };

/** Each wire format, whole-string patterns: a near miss is not a press of anything. */
const DECODERS: Array<[RegExp, Decoder]> = [
  [
    /^i:(.+)$/s,
    (m) => {
      const action = m[1]!;
      if (isIntakeAction(action)) return { kind: "intake", action };
      return OUTDATED_INTAKE.test(action) ? { kind: "intake-outdated", was: action } : null;
    },
  ],
  [/^kb:(.+)$/s, (m) => (SLUG.test(m[1]!) ? { kind: "article", slug: m[1]! } : null)],
  [new RegExp(`^status:${TICKET}$`), ticketOnly("status")],
  [new RegExp(`^details:${TICKET}$`), ticketOnly("details")],
  [new RegExp(`^take:${TICKET}$`), ticketOnly("take")],
  [new RegExp(`^csat:${TICKET}:${SCORE}$`), scored("csat", 1, 5)],
  [new RegExp(`^nps:${TICKET}:${SCORE}$`), scored("nps", 0, 10)],
  [
    new RegExp(`^fu:${TICKET}:(yes|no)$`),
    (m) => {
      const ticket = int(m[1], 1, TICKET_MAX);
      return ticket === null ? null : { kind: "follow-up", ticket, solved: m[2] === "yes" };
    },
  ],
  [
    new RegExp(`^qc:(send|drop):${MESSAGE}$`),
    (m) => {
      const messageId = int(m[2], 1, ID_MAX);
      return messageId === null ? null : { kind: "held-reply", messageId, send: m[1] === "send" };
    },
  ],
  [
    new RegExp(`^cm:c:${CHAT}:${USER}:(\\d)$`),
    (m) => {
      const who = ids(m[1], m[2]);
      return who ? { kind: "captcha", ...who, choice: Number(m[3]) } : null;
    },
  ],
  [
    new RegExp(`^cm:(ok|no):${CHAT}:${USER}$`),
    (m) => {
      const who = ids(m[2], m[3]);
      return who ? { kind: "join-verdict", approve: m[1] === "ok", ...who } : null;
    },
  ],
  [/^cm:rh$/, () => ({ kind: "report-how" })],
  [
    new RegExp(`^cm:rb:${CHAT}:${USER}:${MESSAGE}$`),
    (m) => {
      const who = ids(m[1], m[2]);
      const message = int(m[3], 1, ID_MAX);
      return who && message !== null ? { kind: "report-ban", ...who, message } : null;
    },
  ],
  [
    new RegExp(`^cm:ap:${CHAT}:${USER}$`),
    (m) => {
      const who = ids(m[1], m[2]);
      return who ? { kind: "appeal", ...who } : null;
    },
  ],
  [
    new RegExp(`^cm:lf:${CHAT}:${USER}$`),
    (m) => {
      const who = ids(m[1], m[2]);
      return who ? { kind: "lift", ...who } : null;
    },
  ],
  [new RegExp(`^exp:stop:${CODE}$`), (m) => ({ kind: "experiment-stop", code: m[1]! })],
  [new RegExp(`^exp:ship:${CODE}:([A-D])$`), (m) => ({ kind: "experiment-ship", code: m[1]!, variant: m[2]! })],
  [new RegExp(`^qa:o:${REVIEW}$`), reviewOnly("review-open")],
  [new RegExp(`^qa:f:${REVIEW}$`), reviewOnly("review-save")],
  [
    // The line is the scorecard item's place in SCORECARD_ITEMS, whose order is therefore frozen too.
    new RegExp(`^qa:s:${REVIEW}:(\\d):([012])$`),
    (m) => {
      const review = int(m[1], 1, TICKET_MAX);
      const item = SCORECARD_ITEMS[Number(m[2])];
      return review === null || !item ? null : { kind: "review-score", review, item, value: Number(m[3]) as ItemScore };
    },
  ],
  [
    new RegExp(`^am:${CODE}:${TICKET}$`),
    (m) => {
      const ticket = int(m[2], 1, TICKET_MAX);
      return ticket === null ? null : { kind: "assist-macro", code: m[1]!, ticket };
    },
  ],
];

/** What a pressed button asks for; null for anything that is not exactly one of the formats. */
export function decode(data: string): CallbackAction | null {
  if (typeof data !== "string" || utf8Bytes(data) > CALLBACK_DATA_MAX_BYTES) return null;
  for (const [pattern, read] of DECODERS) {
    const m = pattern.exec(data);
    if (m) return read(m);
  }
  return null;
}

function wire(a: CallbackAction): string {
  switch (a.kind) {
    case "intake":
      return `i:${a.action}`;
    case "intake-outdated":
      return `i:${a.was}`;
    case "article":
      return `kb:${a.slug}`;
    case "status":
    case "details":
    case "take":
      return `${a.kind}:${a.ticket}`;
    case "csat":
    case "nps":
      return `${a.kind}:${a.ticket}:${a.score}`;
    case "follow-up":
      return `fu:${a.ticket}:${a.solved ? "yes" : "no"}`;
    case "held-reply":
      return `qc:${a.send ? "send" : "drop"}:${a.messageId}`;
    case "captcha":
      return `cm:c:${a.chat}:${a.user}:${a.choice}`;
    case "join-verdict":
      return `cm:${a.approve ? "ok" : "no"}:${a.chat}:${a.user}`;
    case "report-how":
      return "cm:rh";
    case "report-ban":
      return `cm:rb:${a.chat}:${a.user}:${a.message}`;
    case "appeal":
      return `cm:ap:${a.chat}:${a.user}`;
    case "lift":
      return `cm:lf:${a.chat}:${a.user}`;
    case "experiment-stop":
      return `exp:stop:${a.code}`;
    case "experiment-ship":
      return `exp:ship:${a.code}:${a.variant}`;
    case "review-open":
      return `qa:o:${a.review}`;
    case "review-save":
      return `qa:f:${a.review}`;
    case "review-score":
      return `qa:s:${a.review}:${SCORECARD_ITEMS.indexOf(a.item)}:${a.value}`;
    case "assist-macro":
      return `am:${a.code}:${a.ticket}`;
  }
}

/**
 * The callback data of a button. Throws for an action that would not read back as itself (a
 * slug with capitals, a score out of range) or that Telegram would refuse as too long: a button
 * that cannot be pressed is a bug to find when it is built, not when a customer taps it.
 */
export function encode(action: CallbackAction): string {
  const data = wire(action);
  if (utf8Bytes(data) > CALLBACK_DATA_MAX_BYTES) throw new CallbackDataError(`callback data over ${CALLBACK_DATA_MAX_BYTES} bytes: ${data}`);
  const back = decode(data);
  if (!back || !sameAction(back, action)) throw new CallbackDataError(`callback data would not read back as the same action: ${data}`);
  return data;
}

function sameAction(a: CallbackAction, b: CallbackAction): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}
