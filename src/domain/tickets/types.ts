import { z } from "zod";

export const attachmentSchema = z.object({
  kind: z.enum(["photo", "document", "video", "audio", "voice", "animation", "video_note", "sticker"]),
  fileId: z.string().min(1),
  fileUniqueId: z.string().optional(),
  fileName: z.string().optional(),
  mimeType: z.string().optional(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export { OPEN_STATUSES } from "./statuses.js";

/** Telegram allows 4096 characters per message; longer customer texts are kept whole here. */
export const MAX_TEXT = 20_000;
