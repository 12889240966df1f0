// The limit-enforcing fake Bot API on its own thread (see limited-bot-api.ts).
import { parentPort, workerData } from "node:worker_threads";
import { startFakeBotApi } from "../../tests/helpers/fake-bot-api.js";
import { telegramLimits } from "./telegram-limits.js";

const port = parentPort!;
const limits = telegramLimits((workerData as { perSecond: number }).perSecond);
const api = await startFakeBotApi({
  fail: (call) => {
    const before = limits.rejectedPerChat;
    const failure = limits.fail(call);
    if (failure) port.postMessage({ type: "rejected", perChat: limits.rejectedPerChat > before });
    return failure;
  },
  // An absolute time: this thread's performance.now() counts from its own origin.
  onSend: ({ chatId, text, at }) => port.postMessage({ type: "send", chatId, text, at: performance.timeOrigin + at }),
});
port.on("message", async (m: { type: string }) => {
  if (m.type === "reset") limits.resetWindow();
  if (m.type === "close") {
    await api.close();
    port.close();
  }
});
port.postMessage({ type: "ready", url: api.url });
