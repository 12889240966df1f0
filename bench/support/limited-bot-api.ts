import { Worker } from "node:worker_threads";
import type { Delivered } from "../../tests/helpers/fake-bot-api.js";

/**
 * A fake Bot API that enforces Telegram's limits (see telegram-limits.ts), on a thread of its own.
 * Telegram stamps a message's arrival on its own servers; a fake in the desk's process would stamp
 * it only when the desk's event loop let its handler run, so every pause of the desk (GC, a batch
 * of queries) would bunch arrivals that left evenly, and count 429s the desk did not cause.
 */
export async function startLimitedBotApi(perSecond: number, onSend: (d: Delivered) => void) {
  // The benchmarks run under tsx, whose loader a worker does not inherit: it registers it first.
  const entry = new URL("./limited-bot-api.worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(boot, { eval: true, workerData: { perSecond } });
  const counts = { rejected: 0, rejectedPerChat: 0 };
  const url = await new Promise<string>((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (m: { type: string; url?: string; perChat?: boolean; chatId?: number; text?: string; at?: number }) => {
      if (m.type === "ready") resolve(m.url!);
      else if (m.type === "rejected") {
        counts.rejected++;
        if (m.perChat) counts.rejectedPerChat++;
      } else if (m.type === "send") onSend({ chatId: m.chatId!, text: m.text!, at: m.at! - performance.timeOrigin });
    });
  });
  return {
    url,
    get rejected() {
      return counts.rejected;
    },
    get rejectedPerChat() {
      return counts.rejectedPerChat;
    },
    /** Forgets the last second's messages (between two phases of a benchmark). */
    resetWindow() {
      worker.postMessage({ type: "reset" });
    },
    async close() {
      const exited = new Promise((resolve) => worker.once("exit", resolve));
      worker.postMessage({ type: "close" });
      await exited;
    },
  };
}
