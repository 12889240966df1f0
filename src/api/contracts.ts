// The Mini App's API contract: zod schemas shared by the server (route validation, OpenAPI) and
// the Mini App (form validation, response parsing). Only zod here: the browser imports this file.
import { z } from "zod";
import { safeText } from "./safe-text.js";
import { TICKET_STATUSES } from "../domain/tickets/statuses.js";

export const TOPIC_VALUES = ["payment", "account", "feature", "complaint", "idea", "other"] as const;
export const STATUS_VALUES = TICKET_STATUSES;
export { OPEN_STATUSES } from "../domain/tickets/statuses.js";
export const TICKET_FILTERS = ["open", "waiting", "resolved", "all"] as const;

export const errorBody = z.object({ error: z.string(), reason: z.string() });

export const settingsView = z.object({
  languageCode: z.string(),
  timeZone: z.string(),
  notificationsEnabled: z.boolean(),
  /** Minutes after local midnight; null means the desk's default quiet hours. */
  quietHoursStart: z.number().int().min(0).max(1439).nullable(),
  quietHoursEnd: z.number().int().min(0).max(1439).nullable(),
  consentAt: z.string().nullable(),
});

export const meView = z.object({
  user: z.object({
    telegramId: z.string(),
    firstName: z.string(),
    lastName: z.string().nullable(),
    username: z.string().nullable(),
    languageCode: z.string(),
  }),
  settings: settingsView,
  /** Languages the desk has texts for. */
  languages: z.array(z.string()),
});

export const settingsChange = z
  .object({
    languageCode: z.string().regex(/^[a-z]{2}$/, "a two-letter language code"),
    timeZone: safeText().min(1).max(64),
    notificationsEnabled: z.boolean(),
    quietHoursStart: z.number().int().min(0).max(1439).nullable(),
    quietHoursEnd: z.number().int().min(0).max(1439).nullable(),
    consent: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "nothing to change");

export const ticketSummary = z.object({
  number: z.number().int(),
  subject: z.string(),
  topic: z.enum(TOPIC_VALUES),
  status: z.enum(STATUS_VALUES),
  priority: z.string(),
  queue: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Minutes until a first answer as of now, while one is awaited. */
  etaMinutes: z.number().int().nullable(),
  firstResponseDueAt: z.string(),
  resolutionDueAt: z.string().nullable(),
  /** Support messages the customer has not seen in the Mini App yet. */
  unread: z.number().int(),
});

export const ticketList = z.object({ tickets: z.array(ticketSummary) });
export const ticketListQuery = z.object({ filter: z.enum(TICKET_FILTERS).default("all") });

export const attachmentView = z.object({
  kind: z.string(),
  /** Same-origin URL of the file, served through the API for the ticket's owner. */
  url: z.string(),
  name: z.string().nullable(),
});

export const messageView = z.object({
  id: z.number().int(),
  author: z.enum(["customer", "staff", "bot", "system"]),
  /** The agent's display name for support messages. */
  agentName: z.string().nullable(),
  text: z.string(),
  attachments: z.array(attachmentView),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
});

export const ticketDetail = z.object({
  ticket: ticketSummary.extend({
    summary: z.string().nullable(),
    rating: z.object({ csat: z.number().int().nullable(), nps: z.number().int().nullable() }).nullable(),
    canRate: z.boolean(),
    canReply: z.boolean(),
  }),
  messages: z.array(messageView),
});

export const ticketParams = z.object({ number: z.coerce.number().int().min(1).max(999_999_999) });
/** Ids are int4 columns: a larger number is no id of ours, and must not reach the database. */
export const INT4_MAX = 2_147_483_647;
export const messagesQuery = z.object({ after: z.coerce.number().int().min(0).max(INT4_MAX).default(0) });
export const messageList = z.object({ messages: z.array(messageView) });

/** The new-ticket form: the same rules on the page and on the server. */
export const newTicket = z.object({
  topic: z.enum(TOPIC_VALUES),
  description: safeText().min(10, "describe the problem in at least 10 characters").max(4000, "keep it under 4000 characters"),
});
export type NewTicket = z.infer<typeof newTicket>;

export const newMessage = z.object({ text: safeText().min(1, "write a message").max(4000, "keep it under 4000 characters") });
export const ratingBody = z.object({ csat: z.number().int().min(1).max(5) });
export const createdTicket = z.object({ ticket: ticketSummary });
export const deleteBody = z.object({ confirm: z.literal("DELETE", { message: 'send { "confirm": "DELETE" } to delete your data' }) });
/** Before sign-in (a page opened outside Telegram): the bot to open it from. */
export const appInfo = z.object({
  botUsername: z.string().nullable(),
  /** https://t.me/<bot>; null while the desk runs without a bot. */
  botUrl: z.string().nullable(),
  /** The developer sign-in (/dev/login) exists on this server (never in production). */
  devLogin: z.boolean(),
});

// ---------------------------------------------------------------------------
// Attachments: one file per upload, checked by the Mini App before sending and by the server.

/** Telegram takes photos up to 10 MB; documents share the same limit here. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_CAPTION_MAX = 1000;
/** Sent as photos (Telegram compresses them and shows them inline). */
export const ATTACHMENT_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
/** Sent as documents, kept as they are. GIFs go this way so they stay animated. */
export const ATTACHMENT_DOCUMENT_TYPES = [
  "image/gif",
  "application/pdf",
  "text/plain",
  "text/csv",
  "application/zip",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
] as const;
export const ATTACHMENT_TYPES: readonly string[] = [...ATTACHMENT_IMAGE_TYPES, ...ATTACHMENT_DOCUMENT_TYPES];
/** Browsers and OSes do not always name the type: the extension decides then. */
export const ATTACHMENT_EXTENSIONS: Readonly<Record<string, string>> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  pdf: "application/pdf",
  txt: "text/plain",
  log: "text/plain",
  csv: "text/csv",
  zip: "application/zip",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
/** For `<input type="file" accept>`. */
export const ATTACHMENT_ACCEPT = [...ATTACHMENT_TYPES, ...Object.keys(ATTACHMENT_EXTENSIONS).map((e) => `.${e}`)].join(",");

/** The allowed type of a file from its declared type and name, or null when it is not allowed. */
export function attachmentType(declared: string | undefined, fileName: string | undefined): string | null {
  const type = (declared ?? "").split(";")[0]!.trim().toLowerCase();
  if (ATTACHMENT_TYPES.includes(type)) return type;
  if (type === "application/x-zip-compressed") return "application/zip";
  if (type && type !== "application/octet-stream") return null;
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return (ext && ATTACHMENT_EXTENSIONS[ext]) || null;
}

export function isImageType(type: string): boolean {
  return (ATTACHMENT_IMAGE_TYPES as readonly string[]).includes(type);
}
