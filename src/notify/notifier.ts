import type { InlineKeyboardButton } from "grammy/types";
import type { DbClient, Prisma } from "../db/index.js";
import type { Notice, Notifier, Recipient } from "../domain/notifications.js";
import type { Translate } from "../i18n/index.js";

export interface NotifierOptions {
  t: Translate;
  /** https URL of the Mini App; without it, web-app buttons fall back to callback buttons. */
  miniAppUrl?: string;
}

export const OUTBOX_CHANNEL = "outbox";

export function createOutboxNotifier(opts: NotifierOptions): Notifier {
  return {
    async send(tx: DbClient, to: Recipient, notice: Notice, ticketId?: number) {
      const vars = { ...notice.vars };
      for (const [name, key] of Object.entries(notice.localizedVars ?? {})) vars[name] = opts.t(to.languageCode, key);
      const text = opts.t(to.languageCode, notice.key, vars);
      const keyboard: InlineKeyboardButton[][] | undefined = notice.buttons?.map((row) =>
        row.map((b): InlineKeyboardButton => {
          const label = opts.t(to.languageCode, b.label, vars);
          if (b.kind === "webapp") {
            return opts.miniAppUrl
              ? { text: label, web_app: { url: new URL(b.path.replace(/^\//, ""), withSlash(opts.miniAppUrl)).toString() } }
              : { text: label, callback_data: b.fallbackData };
          }
          return { text: label, callback_data: b.data };
        }),
      );
      await tx.outboxMessage.create({
        data: {
          chatId: to.telegramId,
          method: "sendMessage",
          payload: {
            text,
            parse_mode: "HTML",
            link_preview_options: { is_disabled: true },
            ...(keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {}),
          } as unknown as Prisma.InputJsonValue,
          critical: notice.critical ?? false,
          ticketId: ticketId ?? null,
        },
      });
      // NOTIFY is transactional: the delivery worker hears it only once the change is committed.
      await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
    },
  };
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
