import { TelegramServer, type StoredBotUpdate } from "telegram-test-api/lib/telegramServer.js";
import type { InlineKeyboardMarkup } from "grammy/types";
import { freePort } from "./process.js";

export const TEST_TOKEN = "123456789:TEST-token-for-the-emulator-0123456789";
export const TEST_BOT_INFO = {
  id: 123456789,
  is_bot: true as const,
  first_name: "Support",
  username: "support_desk_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export type Emulator = TelegramServer;

export async function startEmulator(): Promise<Emulator> {
  // The emulator takes port 0 for "use the default 9000", so pick a free port for it.
  const server = new TelegramServer({ port: await freePort(), host: "127.0.0.1", storeTimeout: 600 });
  await server.start();
  // Every waiting chat driver listens for new bot messages: many customers at once are normal here.
  server.setMaxListeners(0);
  return server;
}

export interface BotMessage {
  text: string;
  html: string;
  messageId: number;
  buttons: Array<{ text: string; data?: string; url?: string }>;
  raw: StoredBotUpdate["message"];
}

/**
 * One person talking to the bot: sends what a Telegram client would and waits, on the emulator's
 * events rather than timers, for the bot's answers in this chat.
 */
export class ChatDriver {
  /** Bot messages this driver has already handed to the test (by emulator message id). */
  private readonly consumed = new Set<number>();
  private readonly client;

  constructor(
    private readonly server: Emulator,
    readonly userId: number,
    readonly firstName = "Ann",
    readonly languageCode = "en",
  ) {
    this.client = server.getClient(TEST_TOKEN, { userId, chatId: userId, firstName, userName: `user${userId}`, timeout: 5000 });
    // A second driver for the same person continues the conversation from here.
    for (const m of this.outgoing()) this.consumed.add(m.messageId);
  }

  private outgoing(): BotMessage[] {
    return this.server.storage.botMessages
      .filter((m) => Number(m.message.chat_id) === this.userId)
      .map((m) => {
        const markup = m.message.reply_markup as InlineKeyboardMarkup | undefined;
        const html = String(m.message.text ?? "");
        return {
          // What the person sees: Telegram renders HTML-formatted messages.
          text: m.message.parse_mode === "HTML" ? fromHtml(html) : html,
          html,
          messageId: m.messageId,
          buttons: (markup?.inline_keyboard ?? []).flat().map((b) => ({
            text: b.text,
            ...("callback_data" in b ? { data: b.callback_data } : {}),
            ...("web_app" in b && b.web_app ? { url: b.web_app.url } : {}),
          })),
          raw: m.message,
        };
      });
  }

  private from() {
    return { id: this.userId, first_name: this.firstName, username: `user${this.userId}`, is_bot: false, language_code: this.languageCode };
  }

  async send(text: string, extra: Record<string, unknown> = {}): Promise<void> {
    const message = this.client.makeMessage(text, { from: this.from(), ...extra } as never);
    if (text.startsWith("/")) {
      const command = text.split(" ")[0]!;
      await this.client.sendCommand({ ...message, entities: [{ offset: 0, length: command.length, type: "bot_command" }] } as never);
    } else {
      await this.client.sendMessage(message as never);
    }
  }

  async press(data: string, onMessageId?: number): Promise<void> {
    const callback = this.client.makeCallbackQuery(data, { from: this.from(), message: { message_id: onMessageId ?? 1 } } as never);
    await this.client.sendCallback(callback as never);
  }

  /**
   * Presses a button the way a person does: by the words on it, on the newest message of this chat
   * that shows such a button (consumed or not). Fails when no message shows it.
   */
  async tap(label: string | RegExp, timeoutMs = 10_000): Promise<BotMessage> {
    const hit = (b: { text: string }) => (typeof label === "string" ? b.text === label || b.text.includes(label) : label.test(b.text));
    const find = () =>
      this.outgoing()
        .filter((m) => m.buttons.some(hit))
        .at(-1);
    // The message with the button may still be on its way (replies go through the outbox).
    const deadline = Date.now() + timeoutMs;
    let shown = find();
    while (!shown && Date.now() < deadline) {
      await this.waitForChange(deadline - Date.now());
      shown = find();
    }
    const button = shown?.buttons.find(hit);
    if (!shown || !button?.data) {
      const seen = this.outgoing().flatMap((m) => m.buttons.map((b) => b.text));
      throw new Error(`No button ${String(label)} in chat ${this.userId}; buttons shown: ${JSON.stringify(seen.slice(-12))}`);
    }
    await this.press(button.data, shown.messageId);
    return shown;
  }

  /**
   * Presses a button by its words as `message` showed it when the test read it: a person whose
   * screen has not caught up with an edit yet (the race two agents' Take buttons are about).
   */
  async tapAsShown(message: BotMessage, label: string): Promise<void> {
    const button = message.buttons.find((b) => b.text === label);
    if (!button?.data) throw new Error(`No button ${label} on message ${message.messageId}; it showed ${JSON.stringify(message.buttons.map((b) => b.text))}`);
    await this.press(button.data, message.messageId);
  }

  /** The buttons of the newest bot message in this chat that has any. */
  buttonsShown(): Array<{ text: string; data?: string; url?: string }> {
    return (
      this.outgoing()
        .filter((m) => m.buttons.length)
        .at(-1)?.buttons ?? []
    );
  }

  private fresh(): BotMessage[] {
    return this.outgoing().filter((m) => !this.consumed.has(m.messageId));
  }

  /** Until the bot sends or edits a message (anywhere), or `left` ms pass. */
  private async waitForChange(left: number): Promise<void> {
    // Menus and cards change in place: an edit is a change a person sees, like a new message.
    const events = ["AddedBotMessage", "EditedMessageText", "EditedMessageReplyMarkup"] as const;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        for (const e of events) this.server.off(e, done);
        resolve();
      };
      const timer = setTimeout(done, left);
      for (const e of events) this.server.once(e, done);
    });
  }

  /**
   * Waits until the bot message `messageId` (edited in place, as menus are) shows what `check`
   * wants, and returns it as it is then.
   */
  async shown(messageId: number, check: (m: BotMessage) => boolean, timeoutMs = 10_000): Promise<BotMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const now = this.outgoing().find((m) => m.messageId === messageId);
      if (now && check(now)) return now;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `Message ${messageId} in chat ${this.userId} never showed what was expected; it shows ${JSON.stringify(now?.text)} with ${JSON.stringify(now?.buttons.map((b) => b.text))}`,
        );
      await this.waitForChange(left);
    }
  }

  /** Waits until the bot has sent `count` new messages to this chat and returns them, oldest first. */
  async next(count = 1, timeoutMs = 10_000): Promise<BotMessage[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const fresh = this.fresh();
      if (fresh.length >= count) {
        const taken = fresh.slice(0, count);
        for (const m of taken) this.consumed.add(m.messageId);
        return taken;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Expected ${count} new bot message(s) in chat ${this.userId}; got: ${JSON.stringify(fresh.map((m) => m.text))}`);
      await this.waitForChange(left);
    }
  }

  /** Waits for the next bot message and checks it contains `fragment`. */
  async expect(fragment: string | RegExp, timeoutMs?: number): Promise<BotMessage> {
    const [m] = await this.next(1, timeoutMs);
    if (!matches(m!, fragment)) throw new Error(`Bot said ${JSON.stringify(m!.text)}, expected ${String(fragment)}`);
    return m!;
  }

  /**
   * Waits for a new message containing `fragment`, wherever it falls among the others: direct
   * replies and outbox deliveries to one chat may interleave in any order.
   */
  async find(fragment: string | RegExp, timeoutMs = 10_000): Promise<BotMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.fresh().find((m) => matches(m, fragment));
      if (hit) {
        this.consumed.add(hit.messageId);
        return hit;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No bot message with ${String(fragment)} in chat ${this.userId}; new: ${JSON.stringify(this.fresh().map((m) => m.text))}`);
      await this.waitForChange(left);
    }
  }

  /** Messages sent to this chat that were not yet consumed by next()/expect(). */
  pending(): BotMessage[] {
    return this.fresh();
  }
}

function fromHtml(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

export type RawUpdate = Record<string, unknown> & { update_id: number };

/**
 * A chat whose updates are delivered the way Telegram's webhook delivers them: raw JSON posted to
 * the desk's webhook endpoint (so a test can replay one, or send kinds the emulator cannot).
 * Answers are still read from the emulator, where the bot sends them.
 */
export class WebhookChat extends ChatDriver {
  private static nextUpdateId = 500_000;
  private static nextMessageId = 700_000;

  constructor(
    server: Emulator,
    private readonly post: (update: RawUpdate) => Promise<number>,
    userId: number,
    firstName = "Ann",
    languageCode = "en",
  ) {
    super(server, userId, firstName, languageCode);
  }

  user() {
    return { id: this.userId, is_bot: false, first_name: this.firstName, language_code: this.languageCode };
  }

  message(text: string | undefined, extra: Record<string, unknown> = {}): RawUpdate {
    const message_id = WebhookChat.nextMessageId++;
    const entities = text?.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] : undefined;
    return {
      update_id: WebhookChat.nextUpdateId++,
      message: {
        message_id,
        date: Math.floor(Date.now() / 1000),
        chat: { id: this.userId, type: "private", first_name: this.firstName },
        from: this.user(),
        ...(text !== undefined ? { text } : {}),
        ...(entities ? { entities } : {}),
        ...extra,
      },
    };
  }

  callback(data: string, onMessageId = 1): RawUpdate {
    return {
      update_id: WebhookChat.nextUpdateId++,
      callback_query: {
        id: String(WebhookChat.nextUpdateId),
        from: this.user(),
        chat_instance: "ci",
        data,
        message: { message_id: onMessageId, date: 0, chat: { id: this.userId, type: "private", first_name: this.firstName } },
      },
    };
  }

  edited(original: RawUpdate, text: string): RawUpdate {
    const m = original.message as Record<string, unknown>;
    return { update_id: WebhookChat.nextUpdateId++, edited_message: { ...m, text, edit_date: Math.floor(Date.now() / 1000) } };
  }

  /** Posts an update; resolves with the HTTP status once the bot has handled it. */
  deliver(update: RawUpdate): Promise<number> {
    return this.post(update);
  }

  override async send(text: string, extra: Record<string, unknown> = {}): Promise<void> {
    const status = await this.post(this.message(text, extra));
    if (status !== 200) throw new Error(`webhook answered ${status}`);
  }

  override async press(data: string, onMessageId?: number): Promise<void> {
    const status = await this.post(this.callback(data, onMessageId));
    if (status !== 200) throw new Error(`webhook answered ${status}`);
  }
}

function matches(m: BotMessage, fragment: string | RegExp): boolean {
  return typeof fragment === "string" ? m.text.includes(fragment) : fragment.test(m.text);
}
