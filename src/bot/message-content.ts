import type { Message } from "grammy/types";
import { cleanText, isOnlyEmoji } from "../domain/text/normalize.js";
import type { MessageContent } from "../domain/shared/message-content.js";
import type { Attachment } from "../domain/tickets/types.js";

export type { MessageContent };

const TELEGRAM_LIMIT = 4096;

/** What a customer's message carries, in the terms the desk cares about. */
export function readMessage(msg: Message): MessageContent {
  // Control characters, lone surrogates and zero-width-only text never reach the desk.
  const text = cleanText(msg.text ?? msg.caption ?? "");
  const attachments: Attachment[] = [];
  const largestPhoto = msg.photo?.at(-1);
  if (largestPhoto) attachments.push({ kind: "photo", fileId: largestPhoto.file_id, fileUniqueId: largestPhoto.file_unique_id });
  if (msg.document)
    attachments.push({
      kind: "document",
      fileId: msg.document.file_id,
      fileUniqueId: msg.document.file_unique_id,
      ...(msg.document.file_name && cleanText(msg.document.file_name) ? { fileName: cleanText(msg.document.file_name) } : {}),
      ...(msg.document.mime_type ? { mimeType: cleanText(msg.document.mime_type) } : {}),
    });
  if (msg.video) attachments.push({ kind: "video", fileId: msg.video.file_id, fileUniqueId: msg.video.file_unique_id });
  if (attachments.length) return { kind: "content", text, attachments, long: text.length > TELEGRAM_LIMIT };
  // Stickers, voice notes, locations, polls...: nothing an agent can act on without words.
  if (msg.text === undefined) return { kind: "unsupported" };
  if (!text) return { kind: "empty" };
  if (isOnlyEmoji(text)) return { kind: "emoji-only", text };
  return { kind: "content", text, attachments, long: text.length > TELEGRAM_LIMIT };
}
