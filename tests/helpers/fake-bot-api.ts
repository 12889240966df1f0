import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Delivered {
  chatId: number;
  text: string;
  at: number;
}

export interface UploadedFile {
  name: string;
  type: string;
  size: number;
}

export interface ApiCall {
  method: string;
  /** JSON calls as sent; multipart calls as their text fields, with files as {@link UploadedFile}. */
  body: Record<string, unknown>;
  /** True for multipart calls (uploads). */
  multipart?: boolean;
}

export interface FakeBotApiOptions {
  onSend?: (d: Delivered) => void;
  /** Answers a call with a Bot API error instead of success (403 blocked, 429, 500...). */
  fail?: (call: ApiCall) => { code: number; description: string; retryAfter?: number } | null;
}

/**
 * A minimal Bot API that answers instantly and records every call, so benchmarks measure the desk
 * rather than an emulator, and tests can make Telegram refuse (a blocked bot, rate limits).
 */
export async function startFakeBotApi(opts: FakeBotApiOptions = {}) {
  let nextMessageId = 1;
  const calls: ApiCall[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const method = req.url?.split("/").pop() ?? "";
      const contentType = String(req.headers["content-type"] ?? "");
      const multipart = contentType.startsWith("multipart/form-data");
      const raw = Buffer.concat(chunks);
      const body = multipart ? await readMultipart(contentType, raw) : chunks.length ? (JSON.parse(raw.toString("utf8")) as Record<string, unknown>) : {};
      const call: ApiCall = multipart ? { method, body, multipart } : { method, body };
      calls.push(call);
      const failure = opts.fail?.(call);
      if (failure) {
        res.writeHead(failure.code, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            ok: false,
            error_code: failure.code,
            description: failure.description,
            ...(failure.retryAfter ? { parameters: { retry_after: failure.retryAfter } } : {}),
          }),
        );
        return;
      }
      let result: unknown = true;
      if (method === "getMe") {
        result = { id: 1, is_bot: true, first_name: "Bench", username: "bench_bot" };
      } else if (method.startsWith("send")) {
        const chatId = Number(body.chat_id);
        const text = String(body.text ?? body.caption ?? "");
        opts.onSend?.({ chatId, text, at: performance.now() });
        const id = nextMessageId++;
        result = { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private" }, ...(multipart ? { caption: text } : { text }) };
        const file = Object.values(body).find(isUploadedFile);
        if (method === "sendPhoto" && file) {
          // Telegram answers a photo with a few sizes, the largest last.
          (result as Record<string, unknown>).photo = [
            { file_id: `photo-${id}-s`, file_unique_id: `uphoto-${id}-s`, width: 90, height: 90, file_size: 1000 },
            { file_id: `photo-${id}-m`, file_unique_id: `uphoto-${id}-m`, width: 320, height: 320, file_size: 10_000 },
            { file_id: `photo-${id}-x`, file_unique_id: `uphoto-${id}-x`, width: 1280, height: 1280, file_size: file.size },
          ];
        } else if (method === "sendDocument" && file) {
          (result as Record<string, unknown>).document = {
            file_id: `doc-${id}`,
            file_unique_id: `udoc-${id}`,
            file_name: file.name,
            mime_type: file.type,
            file_size: file.size,
          };
        }
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
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

function isUploadedFile(v: unknown): v is UploadedFile {
  return typeof v === "object" && v !== null && "size" in v && "name" in v;
}

/**
 * Multipart bodies (file uploads) read with the platform's own parser. grammY writes headers
 * tersely (no spaces, file names unquoted), which that parser refuses: they are spelled out first. A field naming its file by
 * "attach://<part>" (grammY's way) is given that file.
 */
async function readMultipart(contentType: string, raw: Buffer): Promise<Record<string, unknown>> {
  const quoted = Buffer.from(
    raw
      .toString("latin1")
      .replace(/;\s*filename=([^"\r\n;]+)/g, '; filename="$1"')
      .replace(/\r\ncontent-disposition:\s*form-data;\s*/g, "\r\nContent-Disposition: form-data; ")
      .replace(/\r\ncontent-type:\s*/g, "\r\nContent-Type: "),
    "latin1",
  );
  const form = await new Request("http://fake.invalid/", { method: "POST", headers: { "content-type": contentType }, body: quoted }).formData();
  const body: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    body[key] = typeof value === "string" ? value : ({ name: value.name, type: value.type, size: value.size } satisfies UploadedFile);
  }
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === "string" && value.startsWith("attach://") && isUploadedFile(body[value.slice(9)])) body[key] = body[value.slice(9)];
  }
  return body;
}
