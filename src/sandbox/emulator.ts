import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Message, Update, UserFromGetMe } from "grammy/types";

// The sandbox's own Telegram: a small Bot API server held in memory, covering the methods the
// desk calls. The bot talks to it over HTTP exactly as to api.telegram.org (TELEGRAM_API_ROOT),
// so what runs in the sandbox is the real bot, outbox and Mini App; the sandbox page plays the
// people on the other side through the methods below.

export interface SandboxUser {
  id: number;
  first_name: string;
  language_code: string;
  username?: string;
}

/** A message as the page shows it: Telegram's own shape, plus the HTML the bot formatted it with. */
export type SandboxMessage = Message & { html?: string };

export type SandboxEvent =
  | { type: "message"; chatId: number; message: SandboxMessage }
  | { type: "edit"; chatId: number; message: SandboxMessage }
  | { type: "delete"; chatId: number; messageIds: number[] }
  | { type: "reaction"; chatId: number; messageId: number; emoji: string[] }
  | { type: "toast"; chatId: number; text: string; alert: boolean }
  | { type: "typing"; chatId: number }
  | { type: "user"; user: SandboxUser };

interface StoredFile {
  bytes: Buffer;
  mime: string;
  name?: string;
}

type Params = Record<string, unknown>;
type Answer = { ok: true; result: unknown } | { ok: false; error_code: number; description: string };

class ApiError extends Error {
  constructor(
    readonly code: number,
    description: string,
  ) {
    super(description);
  }
}

const MEDIA_KINDS = ["photo", "document", "video", "audio", "voice", "animation", "sticker", "video_note"] as const;
type MediaKind = (typeof MEDIA_KINDS)[number];

/** Fields Telegram takes as JSON inside multipart requests. */
const JSON_FIELDS = new Set([
  "reply_markup",
  "media",
  "entities",
  "caption_entities",
  "reply_parameters",
  "link_preview_options",
  "reaction",
  "allowed_updates",
  "commands",
  "menu_button",
  "scope",
]);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'" };

/** What a message formatted with HTML reads as: the tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, (all, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith("#") && name !== "#39") return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? all;
    });
}

export class BotApiEmulator {
  readonly users = new Map<number, SandboxUser>();
  private readonly chats = new Map<number, SandboxMessage[]>();
  private readonly files = new Map<string, StoredFile>();
  private readonly queries = new Map<string, number>();
  private readonly listeners = new Set<(e: SandboxEvent) => void>();
  private updates: Update[] = [];
  private waiters: Array<() => void> = [];
  // The desk keeps update ids (its inbox drops one it has seen) and message ids (cards, replies)
  // in the database, which outlives this memory: numbering starts from the clock so that a
  // restart never reuses them. Message ids are 32-bit in Telegram: minutes, times a thousand.
  private nextUpdateId = Date.now();
  private nextMessageId = (Math.floor(Date.now() / 60_000) % 2_000_000) * 1000 + 1;
  private nextFileId = 1;
  private nextQueryId = 1;

  constructor(
    readonly token: string,
    readonly bot: UserFromGetMe,
  ) {}

  // ---- the people's side (the sandbox page)

  addUser(user: SandboxUser): SandboxUser {
    this.users.set(user.id, user);
    this.emit({ type: "user", user });
    return user;
  }

  history(chatId: number): SandboxMessage[] {
    return this.chats.get(chatId) ?? [];
  }

  file(id: string): StoredFile | undefined {
    return this.files.get(id);
  }

  subscribe(listener: (e: SandboxEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A person writes to the bot: text, or a photo with an optional caption, possibly as a reply. */
  userSends(userId: number, input: { text?: string; replyTo?: number; photo?: { bytes: Buffer; mime: string }; caption?: string }): SandboxMessage {
    const user = this.knownUser(userId);
    const base = this.baseMessage(user.id, this.userAsFrom(user));
    const reply = input.replyTo !== undefined ? this.find(user.id, input.replyTo) : undefined;
    let message: SandboxMessage;
    if (input.photo) {
      const fileId = this.storeFile(input.photo);
      const caption = input.caption?.trim();
      message = {
        ...base,
        photo: [
          { file_id: `${fileId}-s`, file_unique_id: `u${fileId}-s`, width: 90, height: 90, file_size: Math.min(input.photo.bytes.length, 5000) },
          { file_id: fileId, file_unique_id: `u${fileId}`, width: 1280, height: 1280, file_size: input.photo.bytes.length },
        ],
        ...(caption ? { caption } : {}),
      } as SandboxMessage;
      this.files.set(`${fileId}-s`, this.files.get(fileId)!);
    } else {
      const text = (input.text ?? "").trim();
      if (!text) throw new ApiError(400, "Bad Request: message text is empty");
      const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
      message = { ...base, text, ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}) } as SandboxMessage;
    }
    if (reply) message.reply_to_message = withoutReply(reply) as never;
    this.store(user.id, message);
    this.queue({ message: stripped(message) } as Omit<Update, "update_id">);
    return message;
  }

  /** A person presses an inline button under one of the bot's messages. */
  userPresses(userId: number, messageId: number, data: string): void {
    const user = this.knownUser(userId);
    const message = this.find(user.id, messageId);
    if (!message) throw new ApiError(400, "Bad Request: message not found");
    const buttons = (message.reply_markup?.inline_keyboard ?? []).flat();
    if (!buttons.some((b) => "callback_data" in b && b.callback_data === data)) throw new ApiError(400, "Bad Request: no such button");
    const id = String(this.nextQueryId++);
    this.queries.set(id, user.id);
    this.queue({ callback_query: { id, from: this.userAsFrom(user), message: stripped(message), chat_instance: String(user.id), data } } as Omit<
      Update,
      "update_id"
    >);
  }

  // ---- the bot's side (the Bot API)

  async call(method: string, params: Params, signal?: AbortSignal): Promise<Answer> {
    try {
      return { ok: true, result: await this.dispatch(method, params, signal) };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error_code: err.code, description: err.message };
      throw err;
    }
  }

  private async dispatch(method: string, p: Params, signal?: AbortSignal): Promise<unknown> {
    switch (method) {
      case "getMe":
        return this.bot;
      case "getUpdates":
        return this.getUpdates(Number(p.offset ?? 0), Math.min(Number(p.timeout ?? 0), 50), Number(p.limit ?? 100), signal);
      case "setWebhook":
      case "deleteWebhook":
      case "setMyCommands":
      case "deleteMyCommands":
      case "setChatMenuButton":
      case "setMyDescription":
      case "setMyShortDescription":
      case "setMyName":
        return true;
      case "getWebhookInfo":
        return { url: "", has_custom_certificate: false, pending_update_count: 0 };
      case "sendChatAction":
        this.emit({ type: "typing", chatId: chatOf(p) });
        return true;
      case "sendMessage": {
        const text = String(p.text ?? "");
        if (!text.trim()) throw new ApiError(400, "Bad Request: message text is empty");
        if (text.length > 4096 * 4) throw new ApiError(400, "Bad Request: message is too long");
        return this.botSends(chatOf(p), p, formatted(text, p.parse_mode));
      }
      case "sendMediaGroup": {
        const media = (p.media as Array<Record<string, unknown>> | undefined) ?? [];
        if (media.length < 1 || media.length > 10) throw new ApiError(400, "Bad Request: wrong number of media");
        const group = `g${this.nextMessageId}`;
        return media.map((m, i) => {
          const kind = String(m.type) as MediaKind;
          const caption = typeof m.caption === "string" ? formatted(m.caption, m.parse_mode, "caption") : {};
          return this.botSends(chatOf(p), i === 0 ? p : { chat_id: p.chat_id }, { ...caption, ...this.mediaField(kind, m.media, p), media_group_id: group });
        });
      }
      case "editMessageText":
      case "editMessageCaption":
      case "editMessageReplyMarkup": {
        const chatId = chatOf(p);
        const message = this.find(chatId, Number(p.message_id));
        if (!message) throw new ApiError(400, "Bad Request: message to edit not found");
        const next: SandboxMessage = { ...message };
        if (method === "editMessageText") Object.assign(next, formatted(String(p.text ?? ""), p.parse_mode));
        if (method === "editMessageCaption") Object.assign(next, formatted(String(p.caption ?? ""), p.parse_mode, "caption"));
        // Telegram drops the keyboard of an edit that does not repeat it.
        if (p.reply_markup) next.reply_markup = p.reply_markup as never;
        else delete next.reply_markup;
        if (JSON.stringify({ ...next, edit_date: 0 }) === JSON.stringify({ ...message, edit_date: 0 })) {
          throw new ApiError(
            400,
            "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
          );
        }
        if (method !== "editMessageReplyMarkup") next.edit_date = now();
        this.replace(chatId, next);
        this.emit({ type: "edit", chatId, message: next });
        return stripped(next);
      }
      case "deleteMessage":
      case "deleteMessages": {
        const chatId = chatOf(p);
        const ids = method === "deleteMessage" ? [Number(p.message_id)] : ((p.message_ids as number[] | undefined) ?? []).map(Number);
        const list = this.chats.get(chatId) ?? [];
        this.chats.set(
          chatId,
          list.filter((m) => !ids.includes(m.message_id)),
        );
        this.emit({ type: "delete", chatId, messageIds: ids });
        return true;
      }
      case "setMessageReaction": {
        const chatId = chatOf(p);
        const message = this.find(chatId, Number(p.message_id));
        if (!message) throw new ApiError(400, "Bad Request: message to react not found");
        const emoji = ((p.reaction as Array<{ type: string; emoji?: string }> | undefined) ?? []).flatMap((r) => (r.emoji ? [r.emoji] : []));
        this.emit({ type: "reaction", chatId, messageId: message.message_id, emoji });
        return true;
      }
      case "answerCallbackQuery": {
        const chatId = this.queries.get(String(p.callback_query_id));
        if (chatId === undefined) throw new ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
        this.queries.delete(String(p.callback_query_id));
        if (typeof p.text === "string" && p.text) this.emit({ type: "toast", chatId, text: p.text, alert: p.show_alert === true || p.show_alert === "true" });
        return true;
      }
      case "getFile": {
        const id = String(p.file_id ?? "");
        const file = this.files.get(id);
        if (!file) throw new ApiError(400, "Bad Request: invalid file_id");
        return { file_id: id, file_unique_id: `u${id}`, file_size: file.bytes.length, file_path: `files/${id}` };
      }
      default: {
        const kind = MEDIA_KINDS.find((k) => method === `send${k.replace(/(^|_)(\w)/g, (_a, _b, c: string) => c.toUpperCase())}`);
        if (kind) {
          const caption = typeof p.caption === "string" ? formatted(p.caption, p.parse_mode, "caption") : {};
          return this.botSends(chatOf(p), p, { ...caption, ...this.mediaField(kind, p[kind], p) });
        }
        throw new ApiError(404, `Not Found: method ${method} is not in the sandbox`);
      }
    }
  }

  private mediaField(kind: MediaKind, value: unknown, p: Params): Record<string, unknown> {
    let fileId: string;
    let name: string | undefined;
    let mime = "application/octet-stream";
    if (typeof value === "string" && value.startsWith("attach://")) {
      const upload = p[`__file:${value.slice(9)}`] as StoredFile | undefined;
      if (!upload) throw new ApiError(400, "Bad Request: attached file is missing");
      fileId = this.storeFile(upload);
      name = upload.name;
      mime = upload.mime;
    } else if (value && typeof value === "object" && "bytes" in value) {
      const upload = value as StoredFile;
      fileId = this.storeFile(upload);
      name = upload.name;
      mime = upload.mime;
    } else if (typeof value === "string" && value) {
      // A file id the sandbox knows (sent earlier by a person or the bot), or a URL.
      fileId = value;
      mime = this.files.get(value)?.mime ?? mime;
      name = this.files.get(value)?.name;
    } else {
      throw new ApiError(400, `Bad Request: there is no ${kind} in the request`);
    }
    const size = this.files.get(fileId)?.bytes.length ?? 0;
    if (kind === "photo") return { photo: [{ file_id: fileId, file_unique_id: `u${fileId}`, width: 1280, height: 1280, file_size: size }] };
    return { [kind]: { file_id: fileId, file_unique_id: `u${fileId}`, file_size: size, mime_type: mime, ...(name ? { file_name: name } : {}) } };
  }

  private botSends(chatId: number, p: Params, content: Record<string, unknown>): Message {
    if (!Number.isSafeInteger(chatId) || chatId === 0) throw new ApiError(400, "Bad Request: chat not found");
    const user = this.users.get(chatId);
    const message = { ...this.baseMessage(chatId, this.botAsFrom(), user), ...content } as SandboxMessage;
    if (p.reply_markup) message.reply_markup = p.reply_markup as never;
    const replyParams = p.reply_parameters as { message_id?: number } | undefined;
    const replyTo = replyParams?.message_id ?? (p.reply_to_message_id !== undefined ? Number(p.reply_to_message_id) : undefined);
    const reply = replyTo !== undefined ? this.find(chatId, Number(replyTo)) : undefined;
    if (reply) message.reply_to_message = withoutReply(reply) as never;
    this.store(chatId, message);
    return stripped(message);
  }

  private getUpdates(offset: number, timeoutSeconds: number, limit: number, signal?: AbortSignal): Promise<Update[]> {
    // An offset confirms every update before it: they are forgotten, as Telegram does.
    if (offset > 0) this.updates = this.updates.filter((u) => u.update_id >= offset);
    const ready = () => this.updates.slice(0, Math.max(1, Math.min(limit, 100)));
    if (this.updates.length || timeoutSeconds <= 0) return Promise.resolve(ready());
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        this.waiters = this.waiters.filter((w) => w !== done);
        resolve(ready());
      };
      const timer = setTimeout(done, timeoutSeconds * 1000);
      signal?.addEventListener("abort", done, { once: true });
      this.waiters.push(done);
    });
  }

  /** Ends every getUpdates call held open (on shutdown). */
  wakeAll(): void {
    for (const w of [...this.waiters]) w();
  }

  // ---- bookkeeping

  private queue(update: Omit<Update, "update_id">): void {
    this.updates.push({ update_id: this.nextUpdateId++, ...update } as Update);
    this.wakeAll();
  }

  private store(chatId: number, message: SandboxMessage): void {
    const list = this.chats.get(chatId) ?? [];
    list.push(message);
    // A long demo keeps the last few hundred messages per chat, as much as a page can show.
    if (list.length > 500) list.splice(0, list.length - 500);
    this.chats.set(chatId, list);
    this.emit({ type: "message", chatId, message });
  }

  private replace(chatId: number, message: SandboxMessage): void {
    const list = this.chats.get(chatId) ?? [];
    const at = list.findIndex((m) => m.message_id === message.message_id);
    if (at >= 0) list[at] = message;
  }

  private find(chatId: number, messageId: number): SandboxMessage | undefined {
    return this.chats.get(chatId)?.find((m) => m.message_id === messageId);
  }

  private storeFile(file: StoredFile): string {
    const id = `sbx${this.nextFileId++}`;
    this.files.set(id, file);
    return id;
  }

  private knownUser(id: number): SandboxUser {
    const user = this.users.get(id);
    if (!user) throw new ApiError(400, "Bad Request: unknown sandbox user");
    return user;
  }

  private baseMessage(chatId: number, from: Message["from"], user = this.users.get(chatId)) {
    return {
      message_id: this.nextMessageId++,
      date: now(),
      chat: { id: chatId, type: "private" as const, first_name: user?.first_name ?? "User", ...(user?.username ? { username: user.username } : {}) },
      from,
    };
  }

  private userAsFrom(user: SandboxUser) {
    return {
      id: user.id,
      is_bot: false as const,
      first_name: user.first_name,
      language_code: user.language_code,
      ...(user.username ? { username: user.username } : {}),
    };
  }

  private botAsFrom() {
    return { id: this.bot.id, is_bot: true as const, first_name: this.bot.first_name, username: this.bot.username };
  }

  private emit(e: SandboxEvent): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch {
        // A page that went away is not the emulator's problem.
      }
    }
  }
}

export { ApiError as SandboxApiError };

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function chatOf(p: Params): number {
  const id = Number(p.chat_id);
  if (!Number.isSafeInteger(id)) throw new ApiError(400, "Bad Request: chat not found");
  return id;
}

function formatted(text: string, parseMode: unknown, field: "text" | "caption" = "text"): Record<string, unknown> {
  return parseMode === "HTML" ? { [field]: htmlToText(text), html: text } : { [field]: text };
}

/** What the bot gets back: Telegram's shape without the page's extra field. */
function stripped(message: SandboxMessage): Message {
  const { html: _html, ...rest } = message;
  if (rest.reply_to_message) rest.reply_to_message = stripped(rest.reply_to_message as SandboxMessage) as never;
  return rest;
}

function withoutReply(message: SandboxMessage): SandboxMessage {
  const { reply_to_message: _r, ...rest } = message;
  return rest as SandboxMessage;
}

// ---------------------------------------------------------------------------
// The emulator over HTTP, on the loopback interface, where the bot's grammY client calls it.

export interface RunningEmulator {
  emulator: BotApiEmulator;
  /** The Bot API root to give grammY (TELEGRAM_API_ROOT). */
  apiRoot: string;
  stop(): Promise<void>;
}

export async function serveEmulator(emulator: BotApiEmulator): Promise<RunningEmulator> {
  const server: Server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      if (res.headersSent || res.destroyed) return;
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? "/", "http://sandbox.invalid");
    const fileMatch = /^\/file\/bot([^/]+)\/files\/([\w-]+)$/.exec(url.pathname);
    if (fileMatch) {
      const file = fileMatch[1] === emulator.token ? emulator.file(fileMatch[2]!) : undefined;
      if (!file) return send(404, { ok: false, error_code: 404, description: "Not Found" });
      res.writeHead(200, { "content-type": file.mime, "content-length": String(file.bytes.length) });
      res.end(file.bytes);
      return;
    }
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
    if (!m || m[1] !== emulator.token) return send(m ? 401 : 404, { ok: false, error_code: m ? 401 : 404, description: m ? "Unauthorized" : "Not Found" });
    const abort = new AbortController();
    res.on("close", () => abort.abort());
    readParams(req, url)
      .then((params) => emulator.call(m[2]!, params, abort.signal))
      .then(
        (answer) => send(answer.ok ? 200 : answer.error_code, answer),
        (err: unknown) => send(500, { ok: false, error_code: 500, description: `Internal Server Error: ${err instanceof Error ? err.message : String(err)}` }),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    emulator,
    apiRoot: `http://127.0.0.1:${port}`,
    async stop() {
      emulator.wakeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readParams(req: IncomingMessage, url: URL): Promise<Params> {
  const params: Params = Object.fromEntries(url.searchParams);
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const type = String(req.headers["content-type"] ?? "");
  if (!raw.length) return params;
  if (type.startsWith("application/json")) return { ...params, ...(JSON.parse(raw.toString("utf8")) as Params) };
  if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
    // The platform's own form parser; grammY sends nested objects as JSON strings and files as parts.
    const form = await new Request("http://sandbox.invalid/", { method: "POST", headers: { "content-type": type }, body: raw }).formData();
    for (const [key, value] of form.entries()) {
      if (typeof value === "string") {
        params[key] = JSON_FIELDS.has(key) ? safeJson(value) : value;
      } else {
        const mime = value.type && value.type !== "application/octet-stream" ? value.type : mimeOf(value.name);
        const file: StoredFile = { bytes: Buffer.from(await value.arrayBuffer()), mime, name: value.name };
        // Referred to as attach://<name> from the fields, or the field itself is the file.
        params[`__file:${key}`] = file;
        if (!(key in params) || typeof params[key] !== "string") params[key] = file;
      }
    }
  }
  return params;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

const MIME: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  pdf: "application/pdf",
  txt: "text/plain",
  mp4: "video/mp4",
};

function mimeOf(name: string): string {
  return MIME[name.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}
