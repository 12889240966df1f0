import type { Attachment } from "../tickets/types.js";

/** What a person's message carries, in the terms the desk cares about (read from Telegram by the bot). */
export type MessageContent =
  | { kind: "content"; text: string; attachments: Attachment[]; long: boolean }
  | { kind: "empty" }
  | { kind: "emoji-only"; text: string }
  | { kind: "unsupported" };
