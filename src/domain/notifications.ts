import type { DbClient } from "../db/index.js";

// What the domain wants to tell someone, as i18n keys and variables; src/notify decides how it is
// rendered (language, escaping, buttons) and delivered (outbox, limits, quiet hours).

export type NoticeButton =
  | { kind: "callback"; label: string; data: string }
  /** Opens a page of the Mini App (a plain callback fallback is used when no Mini App URL is set). */
  | { kind: "webapp"; label: string; path: string; fallbackData: string };

export interface Notice {
  key: string;
  vars?: Record<string, string | number>;
  /** Variables that are themselves i18n keys, rendered in the recipient's language. */
  localizedVars?: Record<string, string>;
  buttons?: NoticeButton[][];
  /** Security and payment notices ignore quiet hours. */
  critical?: boolean;
}

export interface Recipient {
  telegramId: bigint;
  languageCode: string;
}

export interface Notifier {
  /** Records the notice in the outbox inside the caller's transaction. */
  send(tx: DbClient, to: Recipient, notice: Notice, ticketId?: number): Promise<void>;
}
