// What the sandbox server sends the page (src/sandbox/emulator.ts): Telegram's message shape, in
// the parts the page shows.

export interface SandboxUser {
  id: number;
  first_name: string;
  language_code: string;
  username?: string;
}

interface FileRef {
  file_id: string;
  file_name?: string;
  mime_type?: string;
}

export interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
  web_app?: { url: string };
}

export interface ChatMessage {
  message_id: number;
  date: number;
  edit_date?: number;
  chat: { id: number };
  from?: { id: number; is_bot: boolean; first_name: string };
  text?: string;
  caption?: string;
  /** The HTML the bot formatted the text with, when it did. */
  html?: string;
  photo?: FileRef[];
  document?: FileRef;
  video?: FileRef;
  audio?: FileRef;
  voice?: FileRef;
  animation?: FileRef;
  reply_markup?: { inline_keyboard?: InlineButton[][] };
  reply_to_message?: ChatMessage;
}

export interface Snapshot {
  bot: { id: number; first_name: string; username?: string };
  agent: SandboxUser;
  supervisor: SandboxUser;
  languages: string[];
  users: SandboxUser[];
  chats: Record<string, ChatMessage[]>;
  clockOffsetMinutes: number;
}

export type SandboxEvent =
  | { type: "snapshot"; state: Snapshot }
  | { type: "message"; chatId: number; message: ChatMessage }
  | { type: "edit"; chatId: number; message: ChatMessage }
  | { type: "delete"; chatId: number; messageIds: number[] }
  | { type: "reaction"; chatId: number; messageId: number; emoji: string[] }
  | { type: "toast"; chatId: number; text: string; alert: boolean }
  | { type: "typing"; chatId: number }
  | { type: "user"; user: SandboxUser }
  | { type: "clock"; offsetMinutes: number };
