import { rateBudget } from "../../notify/telegram-client.js";
import { cleanText, unsafeTextReason } from "../../domain/text/normalize.js";
import { truncateText } from "../../domain/text/truncate.js";
import fastifyMultipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { findOwnTicket, visibleMessages } from "../../domain/tickets/customer-views.js";
import { customerWritesToTicket } from "../../domain/tickets/tickets.js";
import type { Attachment } from "../../domain/tickets/types.js";
import { ATTACHMENT_CAPTION_MAX, ATTACHMENT_MAX_BYTES, attachmentType, errorBody, isImageType, messageView, ticketParams } from "../contracts.js";
import type { ApiDeps } from "../deps.js";
import { signedInCustomer } from "../signed-in-customer.js";
import { messageViewOf } from "./tickets.js";

const TELEGRAM_TIMEOUT_MS = 60_000;
const MB = ATTACHMENT_MAX_BYTES / (1024 * 1024);

interface Upload {
  data: Buffer;
  fileName: string;
  mimeType: string;
}

interface TelegramFile {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  width?: number;
  height?: number;
}

interface SentMessage {
  photo?: TelegramFile[];
  document?: TelegramFile;
  animation?: TelegramFile;
}

class UploadRefused extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: string,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Files the customer adds to a ticket from the Mini App. Telegram keeps the files: the upload goes
 * to the customer's own chat with the bot, and the ticket stores the file id Telegram gives back,
 * exactly like a screenshot sent to the bot.
 */
export async function attachmentRoutes(app: FastifyInstance, deps: ApiDeps) {
  // Encapsulated: only this plugin's routes take multipart bodies.
  await app.register(fastifyMultipart, {
    limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 5, fieldSize: 8 * ATTACHMENT_CAPTION_MAX, parts: 6 },
  });
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/tickets/:number/attachments",
    {
      onRequest: app.requireTelegramUser,
      schema: {
        tags: ["tickets"],
        summary: `Add a file (image or document, at most ${MB} MB) to one of my tickets; multipart field "file", optional "caption"`,
        consumes: ["multipart/form-data"],
        params: ticketParams,
        response: { 201: messageView, 400: errorBody, 401: errorBody, 404: errorBody, 413: errorBody, 415: errorBody, 502: errorBody, 503: errorBody },
      },
    },
    async (request, reply) => {
      const customer = await signedInCustomer(deps, request);
      const ticket = await findOwnTicket(deps.db, customer.id, request.params.number);
      if (!ticket) return reply.code(404).send({ error: "not_found", reason: `No ticket #${request.params.number} among yours` });
      const token = deps.config.BOT_TOKEN;
      if (!token) return reply.code(503).send({ error: "bot_not_configured", reason: "Files are kept by Telegram, and the desk has no bot token set." });

      let upload: Upload | undefined;
      let caption: string | undefined;
      try {
        if (!request.isMultipart()) throw new UploadRefused(400, "file_required", 'Send the file as multipart/form-data in the field "file".');
        for await (const part of request.parts()) {
          if (part.type === "field") {
            if (part.fieldname !== "caption") continue;
            const raw = String(part.value ?? "");
            if (unsafeTextReason(raw)) throw new UploadRefused(400, "invalid_request", `caption ${unsafeTextReason(raw)}`);
            const value = cleanText(raw);
            if (part.valueTruncated || value.length > ATTACHMENT_CAPTION_MAX) {
              throw new UploadRefused(400, "invalid_request", `caption: keep it under ${ATTACHMENT_CAPTION_MAX} characters`);
            }
            caption = value || undefined;
            continue;
          }
          if (part.fieldname !== "file") {
            part.file.resume();
            throw new UploadRefused(400, "file_required", `Unexpected file field "${part.fieldname}": send the file in the field "file".`);
          }
          // A file name is text like any other: no NUL, no control characters, no half emoji.
          if (part.filename && unsafeTextReason(part.filename)) {
            part.file.resume();
            throw new UploadRefused(400, "invalid_request", `file name ${unsafeTextReason(part.filename)}`);
          }
          const fileName = truncateText(cleanText(part.filename ?? ""), 200) || "file";
          const mimeType = attachmentType(part.mimetype, fileName);
          if (!mimeType) {
            part.file.resume();
            throw new UploadRefused(
              415,
              "unsupported_type",
              "Only images (JPEG, PNG, WebP, GIF) and documents (PDF, TXT, CSV, ZIP, DOCX, XLSX) can be attached.",
            );
          }
          const data = await part.toBuffer();
          if (data.length === 0) throw new UploadRefused(400, "file_required", "The file is empty.");
          upload = { data, fileName, mimeType };
        }
      } catch (err) {
        return refuse(reply, err);
      }
      if (!upload) return reply.code(400).send({ error: "file_required", reason: 'Send the file in the multipart field "file".' });

      const photo = isImageType(upload.mimeType);
      const note = deps.texts.t(customer.languageCode, "attachment-added", { number: String(ticket.number) });
      const sent = await sendToTelegram(
        deps,
        token,
        photo ? "sendPhoto" : "sendDocument",
        customer.telegramId,
        upload,
        caption ? `${note}\n\n${caption}` : note,
      );
      if (!sent.ok) {
        request.log.warn({ reason: sent.reason, ticket: ticket.number }, "Telegram refused an attachment");
        return reply.code(502).send({ error: "telegram_refused", reason: `Telegram did not take the file: ${sent.reason}` });
      }
      const stored = storedAttachment(sent.message, photo, upload);
      if (!stored) return reply.code(502).send({ error: "telegram_refused", reason: "Telegram did not return the stored file." });

      const message = await customerWritesToTicket(deps, ticket, customer.id, { text: caption ?? "", attachments: [stored] });
      const [full] = await visibleMessages(deps.db, ticket.id, message.id - 1);
      return reply.code(201).send(messageViewOf(full!));
    },
  );
}

function refuse(reply: FastifyReply, err: unknown) {
  if (err instanceof UploadRefused) return reply.code(err.status).send({ error: err.code, reason: err.message });
  const code = (err as { code?: string } | null)?.code;
  if (code === "FST_REQ_FILE_TOO_LARGE" || code === "FST_PARTS_LIMIT" || code === "FST_FIELDS_LIMIT") {
    if (code === "FST_REQ_FILE_TOO_LARGE") return reply.code(413).send({ error: "file_too_large", reason: `The file is larger than ${MB} MB.` });
    return reply.code(400).send({ error: "invalid_request", reason: "Too many fields in the upload." });
  }
  if (code === "FST_FILES_LIMIT") return reply.code(400).send({ error: "too_many_files", reason: "Attach one file per upload." });
  if (code === "FST_INVALID_MULTIPART_CONTENT_TYPE") return reply.code(400).send({ error: "file_required", reason: "The request is not multipart/form-data." });
  // Everything else thrown while reading the parts is the body's fault: no boundary, a body cut
  // short, a malformed header. Nothing has been stored yet, so the client can simply try again.
  const message = err instanceof Error ? err.message : String(err);
  return reply.code(400).send({ error: "invalid_multipart", reason: `The upload could not be read: ${message}` });
}

async function sendToTelegram(
  deps: ApiDeps,
  token: string,
  method: "sendPhoto" | "sendDocument",
  chatId: bigint,
  upload: Upload,
  caption: string,
): Promise<{ ok: true; message: SentMessage } | { ok: false; reason: string }> {
  const form = new FormData();
  form.set("chat_id", chatId.toString());
  form.set("caption", truncateText(caption, 1024));
  form.set(method === "sendPhoto" ? "photo" : "document", new Blob([upload.data], { type: upload.mimeType }), upload.fileName);
  const root = deps.config.TELEGRAM_API_ROOT.replace(/\/$/, "");
  // The upload is a message in the customer's chat: it waits its turn in the bot's rate budget
  // (the one the bot's replies and the outbox share), as every message of the desk does.
  const budget = rateBudget({ token, apiRoot: deps.config.TELEGRAM_API_ROOT, perSecond: deps.config.OUTBOX_PER_SECOND });
  try {
    const res = await budget.run(chatId.toString(), () =>
      fetch(`${root}/bot${token}/${method}`, { method: "POST", body: form, signal: AbortSignal.timeout(TELEGRAM_TIMEOUT_MS) }),
    );
    const body = (await res.json().catch(() => null)) as { ok?: boolean; result?: SentMessage; description?: string } | null;
    if (!body?.ok || !body.result) return { ok: false, reason: body?.description ?? `HTTP ${res.status}` };
    return { ok: true, message: body.result };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

function storedAttachment(message: SentMessage, photo: boolean, upload: Upload): Attachment | null {
  if (photo && message.photo?.length) {
    const largest = message.photo.reduce((a, b) => ((b.width ?? 0) * (b.height ?? 0) >= (a.width ?? 0) * (a.height ?? 0) ? b : a));
    return { kind: "photo", fileId: largest.file_id, fileUniqueId: largest.file_unique_id, fileName: upload.fileName, mimeType: upload.mimeType };
  }
  const doc = message.document ?? message.animation;
  if (!doc) return null;
  return {
    kind: "document",
    fileId: doc.file_id,
    fileUniqueId: doc.file_unique_id,
    fileName: doc.file_name ?? upload.fileName,
    mimeType: doc.mime_type ?? upload.mimeType,
  };
}
