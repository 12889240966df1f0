import type { InlineKeyboardButton } from "grammy/types";
import { Prisma, type DbClient } from "../db/index.js";
import { outboxInsert, outboxWake, type OutboxRow } from "../db/outbox-rows.js";
import type { Content, DeliveryMeta, Notice, NoticeButton, Notifier, Recipient } from "../domain/notifications.js";
import type { Attachment } from "../domain/tickets/types.js";
import { escapeHtml, type Translate } from "../i18n/index.js";
import type { Clock } from "../domain/shared/clock.js";
import { quietUntil } from "../domain/customers/quiet-hours.js";

export interface NotifierOptions {
  t: Translate;
  clock: Clock;
  /** Quiet hours for customers who set none (minutes after local midnight), or null for none. */
  defaultQuietHours: { start: number; end: number } | null;
  /** https URL of the Mini App; without it, web-app buttons fall back to callback buttons. */
  miniAppUrl?: string;
  /**
   * Other words for a message this recipient sees (an experiment's variant, a shipped winner), or
   * undefined for the usual text. Called on every render, so it answers from memory.
   */
  customerText?: (telegramId: bigint, lang: string, key: string, vars: Record<string, string | number>) => string | undefined;
}

const TEXT_LIMIT = 4096;
const CAPTION_LIMIT = 1024;

const METHOD_FOR: Record<Attachment["kind"], { method: string; field: string }> = {
  photo: { method: "sendPhoto", field: "photo" },
  document: { method: "sendDocument", field: "document" },
  video: { method: "sendVideo", field: "video" },
  audio: { method: "sendAudio", field: "audio" },
  voice: { method: "sendVoice", field: "voice" },
  animation: { method: "sendAnimation", field: "animation" },
  video_note: { method: "sendVideoNote", field: "video_note" },
  sticker: { method: "sendSticker", field: "sticker" },
};

// Files Telegram can show together as one album (sendMediaGroup): photos with videos, or
// documents alone, or audio alone.
const ALBUM_FAMILY: Partial<Record<Attachment["kind"], string>> = { photo: "visual", video: "visual", document: "document", audio: "audio" };
const ALBUM_MAX = 10;

function inputMedia(file: Attachment, caption?: string): Record<string, unknown> {
  return { type: file.kind, media: file.fileId, ...(caption ? { caption, parse_mode: "HTML" } : {}) };
}

/** Splits long text at line or word boundaries into pieces Telegram accepts. */
export function splitText(text: string, limit = TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = Math.max(rest.lastIndexOf("\n", limit), rest.lastIndexOf(" ", limit));
    const at = cut > limit / 2 ? cut : limit;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\s+/, "");
  }
  if (rest) parts.push(rest);
  return parts;
}

export function createOutboxNotifier(opts: NotifierOptions): Notifier {
  // Security and payment notices say the same words to everyone: no experiment reaches them.
  const text = (to: Recipient, key: string, vars: Record<string, string | number>, critical?: boolean) =>
    (critical ? undefined : opts.customerText?.(to.telegramId, to.languageCode, key, vars)) ?? opts.t(to.languageCode, key, vars);
  // Button labels are customer words too: an experiment on a button's text reaches it here.
  const keyboard = (buttons: NoticeButton[][] | undefined, to: Recipient, vars: Record<string, string | number> = {}, critical?: boolean) =>
    buttons?.map((row) =>
      row.map((b): InlineKeyboardButton => {
        const label = text(to, b.label, vars, critical);
        if (b.kind === "webapp") {
          return opts.miniAppUrl
            ? { text: label, web_app: { url: new URL(b.path.replace(/^\//, ""), withSlash(opts.miniAppUrl)).toString() } }
            : { text: label, callback_data: b.fallbackData };
        }
        return { text: label, callback_data: b.data };
      }),
    );

  // Due by the desk's clock (injected), not by the database's: the two agree in production, and
  // tests that move time get notices due when their clock says so.
  const row = (chatId: bigint, method: string, body: Record<string, unknown>, meta: DeliveryMeta & { notBefore?: Date }): OutboxRow => ({
    chatId,
    method,
    payload: meta.replyToMessageId ? { ...body, reply_parameters: { message_id: meta.replyToMessageId, allow_sending_without_reply: true } } : body,
    critical: meta.critical ?? false,
    ticketId: meta.ticketId ?? null,
    kind: meta.kind ?? null,
    sourceMessageId: meta.sourceMessageId ?? null,
    failureNotifyChatId: meta.failureNotifyChatId ?? null,
    notBefore: meta.notBefore ?? opts.clock.now(),
  });
  // One statement: the row, and the NOTIFY that wakes the delivery worker (transactional: heard
  // only once the change is committed).
  const write = async (tx: DbClient, composed: OutboxRow) => {
    await tx.$executeRaw`WITH written AS (${outboxInsert([composed])}) SELECT ${outboxWake("written")}`;
  };
  const record = (tx: DbClient, chatId: bigint, method: string, body: Record<string, unknown>, meta: DeliveryMeta & { notBefore?: Date }) =>
    write(tx, row(chatId, method, body, meta));

  const compose = (to: Recipient, notice: Notice, meta?: number | DeliveryMeta): OutboxRow | null => {
    const m: DeliveryMeta & { notBefore?: Date } = typeof meta === "number" ? { ticketId: meta } : { ...meta };
    if (notice.critical) m.critical = true;
    if (notice.automated && !notice.critical) {
      // Automated notices respect the customer's wishes: none at all, or not at night.
      if (to.notificationsEnabled === false || to.unreachableAt) return null;
      const start = to.quietHoursStart ?? opts.defaultQuietHours?.start;
      const end = to.quietHoursEnd ?? opts.defaultQuietHours?.end;
      if (to.timeZone && start !== undefined && end !== undefined) {
        const until = quietUntil(opts.clock.now(), { timeZone: to.timeZone, start, end });
        if (until) m.notBefore = until;
      }
    }
    // Variables are plain text (names, numbers, what people typed): escaped for HTML here.
    const vars: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(notice.vars ?? {})) vars[name] = typeof value === "string" ? escapeHtml(value) : value;
    for (const [name, key] of Object.entries(notice.localizedVars ?? {})) vars[name] = opts.t(to.languageCode, key);
    Object.assign(vars, notice.markup);
    const markup = keyboard(notice.buttons, to, vars, notice.critical);
    const body = text(to, notice.key, vars, notice.critical);
    return row(
      to.telegramId,
      "sendMessage",
      {
        text: notice.preface ? `${text(to, notice.preface, vars, notice.critical)}\n\n${body}` : body,
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(markup ? { reply_markup: { inline_keyboard: markup } } : {}),
      },
      m,
    );
  };

  const render = (to: Recipient, content: Content): string => {
    if (!content.template) return content.html ?? "";
    const vars: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(content.template.vars)) vars[k] = typeof v === "string" ? escapeHtml(v) : v;
    for (const [name, key] of Object.entries(content.template.localizedVars ?? {})) vars[name] = opts.t(to.languageCode, key);
    return text(to, content.template.key, vars);
  };

  return {
    compose,

    async send(tx, to: Recipient, notice: Notice, meta?: number | DeliveryMeta) {
      const composed = compose(to, notice, meta);
      if (composed) await write(tx, composed);
    },

    async sendContent(tx, to: Recipient, content: Content, meta: DeliveryMeta = {}) {
      const html = render(to, content);
      const files = content.attachments ?? [];
      const markup = keyboard(content.buttons, to);
      const withMarkup = (last: boolean) => (last && markup ? { reply_markup: { inline_keyboard: markup } } : {});
      // Text rides as the first file's caption when it fits; otherwise it goes first on its own.
      const captionFits = files.length > 0 && html.length <= CAPTION_LIMIT;
      if (!captionFits && html) {
        const pieces = splitText(html);
        for (const [i, piece] of pieces.entries()) {
          await record(
            tx,
            to.telegramId,
            "sendMessage",
            { text: piece, parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...withMarkup(!files.length && i === pieces.length - 1) },
            meta,
          );
        }
      }
      // Several photos (or documents...) go as one album, as the customer sent them; buttons
      // cannot ride on an album, so a message with buttons keeps its files apart.
      const family = files.length ? ALBUM_FAMILY[files[0]!.kind] : undefined;
      const album =
        !markup && family !== undefined && files.every((f) => ALBUM_FAMILY[f.kind] === family) && (files.length > 1 || meta.albumDelayMs !== undefined);
      if (album) {
        const { albumDelayMs, ...rest } = meta;
        const notBefore = albumDelayMs ? new Date(opts.clock.now().getTime() + albumDelayMs) : undefined;
        for (let i = 0; i < files.length; i += ALBUM_MAX) {
          const media = files.slice(i, i + ALBUM_MAX).map((f, j) => inputMedia(f, i === 0 && j === 0 && captionFits ? html : undefined));
          await record(tx, to.telegramId, "sendMediaGroup", { media }, { ...rest, ...(notBefore ? { notBefore } : {}) });
        }
        return;
      }
      for (const [i, file] of files.entries()) {
        const { method, field } = METHOD_FOR[file.kind];
        await record(
          tx,
          to.telegramId,
          method,
          {
            [field]: file.fileId,
            ...(i === 0 && captionFits && html ? { caption: html, parse_mode: "HTML" } : {}),
            ...withMarkup(i === files.length - 1),
          },
          meta,
        );
      }
    },

    async addToPendingAlbum(tx, chatId, match, attachments) {
      const pending = await tx.outboxMessage.findFirst({
        where: { chatId, kind: match.kind, sourceMessageId: match.sourceMessageId, method: "sendMediaGroup", sentAt: null, failedAt: null, attempts: 0 },
        orderBy: { id: "desc" },
      });
      const media = (pending?.payload as { media?: unknown[] } | undefined)?.media;
      if (!pending || !media || media.length + attachments.length > ALBUM_MAX) return false;
      // Only a row no delivery worker has claimed yet (attempts still 0) may change.
      const updated = await tx.outboxMessage.updateMany({
        where: { id: pending.id, attempts: 0, sentAt: null },
        data: {
          payload: { ...(pending.payload as Record<string, unknown>), media: [...media, ...attachments.map((f) => inputMedia(f))] } as Prisma.InputJsonValue,
        },
      });
      return updated.count === 1;
    },

    async deliveries(tx, match) {
      return tx.outboxMessage.findMany({
        where: {
          ...(match.ticketId !== undefined ? { ticketId: match.ticketId } : {}),
          ...(match.sourceMessageId !== undefined ? { sourceMessageId: match.sourceMessageId } : {}),
          ...(match.kind !== undefined ? { kind: match.kind } : {}),
          ...(match.chatId !== undefined ? { chatId: match.chatId } : {}),
          ...(match.telegramMessageId !== undefined ? { telegramMessageId: match.telegramMessageId } : match.sent ? { telegramMessageId: { not: null } } : {}),
          ...(match.live ? { failedAt: null } : {}),
        },
        select: { id: true, chatId: true, ticketId: true, method: true, sentAt: true, failedAt: true, telegramMessageId: true },
        orderBy: { id: "asc" },
      });
    },

    async withdraw(tx, id, reason) {
      const { count } = await tx.outboxMessage.updateMany({
        where: { id, sentAt: null, failedAt: null },
        data: { failedAt: opts.clock.now(), lastError: reason },
      });
      return count === 1;
    },

    async forget(tx, chatId, ticketIds) {
      await tx.outboxMessage.deleteMany({ where: { OR: [{ chatId }, { ticketId: { in: ticketIds } }] } });
    },

    async editText(tx, to, telegramMessageId, content, meta = {}) {
      const html = render(to, content);
      const markup = keyboard(content.buttons, to) ?? [];
      const { asCaption, ...rest } = meta;
      await record(
        tx,
        to.telegramId,
        asCaption ? "editMessageCaption" : "editMessageText",
        asCaption
          ? { message_id: telegramMessageId, caption: html.slice(0, CAPTION_LIMIT), parse_mode: "HTML", reply_markup: { inline_keyboard: markup } }
          : {
              message_id: telegramMessageId,
              text: html.slice(0, TEXT_LIMIT),
              parse_mode: "HTML",
              link_preview_options: { is_disabled: true },
              reply_markup: { inline_keyboard: markup },
            },
        rest,
      );
    },
  };
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
