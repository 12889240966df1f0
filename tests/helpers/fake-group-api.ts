import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update, User } from "grammy/types";
import { TEST_BOT_INFO } from "./telegram.js";

// A small Bot API of the project's own for group scenarios (telegram-test-api speaks private chats
// only): it records every call, answers sends with real-looking messages (ids, chats, keyboards),
// knows each group's administrators, and builds the updates Telegram would send for a group
// (messages, forum topics, chat_member, chat_join_request, button presses).

export interface GroupCall {
  method: string;
  body: Record<string, unknown>;
}

export interface SentMessage {
  chatId: number;
  messageId: number;
  text: string;
  buttons: Array<{ text: string; callback_data?: string; url?: string }>;
  body: Record<string, unknown>;
}

export async function startFakeGroupApi(opts: { admins: Record<number, User[]> }) {
  const calls: GroupCall[] = [];
  const sent: SentMessage[] = [];
  // Those waiting in expectSent look again at each message sent, instead of polling.
  const onSent = new Set<() => void>();
  let nextMessageId = 5000;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const method = req.url?.split("/").pop() ?? "";
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
      calls.push({ method, body });
      let result: unknown = true;
      if (method === "getMe") result = TEST_BOT_INFO;
      else if (method === "getChatAdministrators") {
        const admins = opts.admins[Number(body.chat_id)] ?? [];
        result = [
          ...admins.map((user, i) => ({ status: i === 0 ? "creator" : "administrator", user, is_anonymous: false })),
          { status: "administrator", user: TEST_BOT_INFO },
        ];
      } else if (method === "sendMessage") {
        const chatId = Number(body.chat_id);
        const messageId = nextMessageId++;
        const markup = body.reply_markup as { inline_keyboard?: SentMessage["buttons"][] } | undefined;
        sent.push({ chatId, messageId, text: String(body.text ?? ""), buttons: markup?.inline_keyboard?.flat() ?? [], body });
        for (const look of [...onSent]) look();
        result = {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: chatId < 0 ? { id: chatId, type: "supergroup", title: "Group" } : { id: chatId, type: "private", first_name: "X" },
          text: body.text,
        };
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    sent,
    /** Calls of one method (optionally about one chat), oldest first. */
    of(method: string, chatId?: number) {
      return calls.filter((c) => c.method === method && (chatId === undefined || Number(c.body.chat_id) === chatId));
    },
    /** Waits until a message matching `match` reaches the chat (outbox deliveries come a moment later). */
    expectSent(chatId: number, match: (m: SentMessage) => boolean, timeoutMs = 10_000): Promise<SentMessage> {
      const find = () => sent.find((m) => m.chatId === chatId && match(m));
      const found = find();
      if (found) return Promise.resolve(found);
      return new Promise<SentMessage>((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          onSent.delete(look);
        };
        // Called from the server's handler: a matcher that throws fails this wait, not the server.
        const look = () => {
          try {
            const m = find();
            if (!m) return;
            done();
            resolve(m);
          } catch (err) {
            done();
            reject(err as Error);
          }
        };
        const timer = setTimeout(() => {
          done();
          const last = sent
            .filter((m) => m.chatId === chatId)
            .slice(-3)
            .map((m) => m.text);
          reject(new Error(`nothing matching was sent to ${chatId}; last: ${JSON.stringify(last)}`));
        }, timeoutMs);
        onSent.add(look);
      });
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
export type FakeGroupApi = Awaited<ReturnType<typeof startFakeGroupApi>>;

/** Update ids are the bot's, not a chat's: one sequence for all groups, as Telegram numbers them. */
let lastUpdateId = 0;

/** Telegram's updates for group scenarios, numbered in order. */
export class GroupUpdates {
  private messageId = 1;
  constructor(readonly chat: { id: number; title: string }) {}

  private get groupChat() {
    return { id: this.chat.id, type: "supergroup" as const, title: this.chat.title, is_forum: true };
  }

  message(from: User, text: string, extra: Record<string, unknown> = {}): Update {
    const now = Math.floor(Date.now() / 1000);
    const command = /^\/\w+/.exec(text);
    const entities = [
      ...(command ? [{ type: "bot_command", offset: 0, length: command[0].length }] : []),
      ...[...text.matchAll(/https?:\/\/\S+/g)].map((m) => ({ type: "url", offset: m.index, length: m[0].length })),
    ];
    return {
      update_id: ++lastUpdateId,
      message: { message_id: this.messageId++, date: now, chat: this.groupChat, from, text, ...(entities.length ? { entities } : {}), ...extra },
    } as unknown as Update;
  }

  privateMessage(from: User, text: string): Update {
    const command = /^\/\w+/.exec(text);
    return {
      update_id: ++lastUpdateId,
      message: {
        message_id: this.messageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: from.id, type: "private", first_name: from.first_name },
        from,
        text,
        ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      },
    } as unknown as Update;
  }

  joined(user: User): Update {
    const date = Math.floor(Date.now() / 1000);
    return {
      update_id: ++lastUpdateId,
      chat_member: { chat: this.groupChat, from: user, date, old_chat_member: { status: "left", user }, new_chat_member: { status: "member", user } },
    } as unknown as Update;
  }

  joinRequest(user: User): Update {
    return {
      update_id: ++lastUpdateId,
      chat_join_request: { chat: this.groupChat, from: user, user_chat_id: user.id, date: Math.floor(Date.now() / 1000) },
    } as unknown as Update;
  }

  /** A press of the button labelled `label` under a message the bot sent. */
  press(from: User, sent: SentMessage, label: string): Update {
    const button = sent.buttons.find((b) => b.text === label);
    if (!button?.callback_data) throw new Error(`no button "${label}" under "${sent.text}" (buttons: ${sent.buttons.map((b) => b.text).join(", ")})`);
    const chat = sent.chatId < 0 ? this.groupChat : { id: sent.chatId, type: "private", first_name: from.first_name };
    return {
      update_id: ++lastUpdateId,
      callback_query: {
        id: String(lastUpdateId),
        from,
        chat_instance: "ci",
        data: button.callback_data,
        message: { message_id: sent.messageId, date: 0, chat, text: sent.text },
      },
    } as unknown as Update;
  }
}
