import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Delivered {
  chatId: number;
  text: string;
  at: number;
}

export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
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
    req.on("end", () => {
      const method = req.url?.split("/").pop() ?? "";
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
      const call = { method, body };
      calls.push(call);
      const failure = opts.fail?.(call);
      if (failure) {
        res.writeHead(failure.code, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false, error_code: failure.code, description: failure.description, ...(failure.retryAfter ? { parameters: { retry_after: failure.retryAfter } } : {}) }));
        return;
      }
      let result: unknown = true;
      if (method === "getMe") {
        result = { id: 1, is_bot: true, first_name: "Bench", username: "bench_bot" };
      } else if (method.startsWith("send")) {
        const chatId = Number(body.chat_id);
        const text = String(body.text ?? body.caption ?? "");
        opts.onSend?.({ chatId, text, at: performance.now() });
        result = { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private" }, text };
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
