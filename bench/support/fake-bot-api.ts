import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Delivered {
  chatId: number;
  text: string;
  at: number;
}

/**
 * A minimal Bot API that answers instantly and records what was sent, so benchmarks measure the
 * desk rather than an emulator. Optionally answers 429 above a messages-per-second limit.
 */
export async function startFakeBotApi(opts: { onSend?: (d: Delivered) => void } = {}) {
  let nextMessageId = 1;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const method = req.url?.split("/").pop() ?? "";
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
      let result: unknown = true;
      if (method === "getMe") {
        result = { id: 1, is_bot: true, first_name: "Bench", username: "bench_bot" };
      } else if (method === "sendMessage") {
        const chatId = Number(body.chat_id);
        const text = String(body.text ?? "");
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
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
