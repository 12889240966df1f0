import type { DbClient } from "../db/index.js";
import type { OutboxRow } from "../db/outbox-rows.js";
import type { Attachment } from "./tickets/types.js";

// What the domain wants to tell someone, as i18n keys and variables; src/notify decides how it is
// rendered (language, escaping, buttons) and delivered (outbox, limits, quiet hours).

export type NoticeButton =
  | { kind: "callback"; label: string; data: string }
  /** Opens a page of the Mini App (a plain callback fallback is used when no Mini App URL is set). */
  | { kind: "webapp"; label: string; path: string; fallbackData: string };

export interface Notice {
  key: string;
  /** A message (i18n key) said first, in the same Telegram message: one message, not two. */
  preface?: string;
  /**
   * An automated notification (status change, rating request, follow-up, reminder): it respects
   * the customer's notification setting and quiet hours, unless critical.
   */
  automated?: boolean;
  vars?: Record<string, string | number>;
  /** Variables that are themselves i18n keys, rendered in the recipient's language. */
  localizedVars?: Record<string, string>;
  /** Variables that are already safe HTML (escaped by whoever built them): used as they are. */
  markup?: Record<string, string>;
  buttons?: NoticeButton[][];
  /** Security and payment notices ignore quiet hours. */
  critical?: boolean;
}

export interface Recipient {
  telegramId: bigint;
  languageCode: string;
  /** Customers carry their preferences; staff and chats do not. */
  timeZone?: string;
  quietHoursStart?: number | null;
  quietHoursEnd?: number | null;
  notificationsEnabled?: boolean;
  unreachableAt?: Date | null;
}

/** Bookkeeping that travels with an outbound message (see OutboxMessage). */
export interface DeliveryMeta {
  ticketId?: number;
  kind?: string;
  sourceMessageId?: number;
  failureNotifyChatId?: bigint;
  critical?: boolean;
  /** Shown as a reply to this message of the recipient's chat (an edit notice under the copy it edits). */
  replyToMessageId?: number;
  /**
   * The files may be the first part of an album whose other parts arrive as separate updates:
   * they go out as one media group, held this long in the outbox so the rest can join it.
   */
  albumDelayMs?: number;
}

/** Words and files that are not a template: an agent's reply, a customer's message shown to an agent. */
export interface Content {
  /** Text from a template in the recipient's language; person-typed variables are escaped by the notifier. */
  template?: { key: string; vars: Record<string, string | number>; localizedVars?: Record<string, string> };
  /** Or ready HTML (anything a person typed already escaped). */
  html?: string;
  attachments?: Attachment[];
  buttons?: NoticeButton[][];
}

export interface Notifier {
  /** Records the notice in the outbox inside the caller's transaction. */
  send(tx: DbClient, to: Recipient, notice: Notice, meta?: number | DeliveryMeta): Promise<void>;
  /**
   * The notice as the outbox row `send` would write, for a caller that writes it in a statement of
   * its own (see outboxInsert); null when it is not to be sent at all (notifications turned off).
   */
  compose(to: Recipient, notice: Notice, meta?: number | DeliveryMeta): OutboxRow | null;
  /** Records content (text and files) for one chat in the outbox. */
  sendContent(tx: DbClient, to: Recipient, content: Content, meta?: DeliveryMeta): Promise<void>;
  /**
   * Adds files to an album still waiting in the outbox (see DeliveryMeta.albumDelayMs), found by
   * chat, kind and source message. False when it has already left: the caller sends them anew.
   */
  addToPendingAlbum(tx: DbClient, chatId: bigint, match: { kind: string; sourceMessageId: number }, attachments: Attachment[]): Promise<boolean>;
  /** Records an edit of a message the bot already sent. */
  editText(tx: DbClient, to: Recipient, telegramMessageId: number, content: Content, meta?: DeliveryMeta & { asCaption?: boolean }): Promise<void>;
  /** What became of the messages recorded for a ticket or a stored message, oldest first. */
  deliveries(tx: DbClient, match: DeliveryMatch): Promise<Delivery[]>;
  /** A message not sent yet will not be: the reason is kept with it. False when it already left. */
  withdraw(tx: DbClient, id: number, reason: string): Promise<boolean>;
  /** Forgets every message to a chat or about these tickets (a customer's data erased). */
  forget(tx: DbClient, chatId: bigint, ticketIds: number[]): Promise<void>;
}

export interface DeliveryMatch {
  ticketId?: number;
  sourceMessageId?: number;
  kind?: string;
  chatId?: bigint;
  telegramMessageId?: number;
  /** Only messages Telegram accepted (they have a message id there). */
  sent?: boolean;
  /** Leave out messages given up on. */
  live?: boolean;
}

/** One message the desk recorded for a chat, and what became of it. */
export interface Delivery {
  id: number;
  chatId: bigint;
  ticketId: number | null;
  method: string;
  sentAt: Date | null;
  failedAt: Date | null;
  telegramMessageId: number | null;
}
