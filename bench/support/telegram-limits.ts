import type { ApiCall } from "../../tests/helpers/fake-bot-api.js";

/**
 * Telegram's limits for the fake Bot API: a 429 for more than `perSecond` messages in any second
 * overall, or for a second message to a chat within a second. `rejected` counts the 429s given.
 */
export function telegramLimits(perSecond: number) {
  const recent: number[] = [];
  const lastPerChat = new Map<number, number>();
  const limits = {
    rejected: 0,
    /** Of those, the ones for a second message to a chat within a second (the rest: overall). */
    rejectedPerChat: 0,
    /** Forgets the last second's messages (between two phases of a benchmark). */
    resetWindow() {
      recent.length = 0;
    },
    fail({ method, body }: ApiCall) {
      if (method !== "sendMessage") return null;
      const now = performance.now();
      while (recent.length && now - recent[0]! > 1000) recent.shift();
      const chat = Number(body.chat_id);
      const last = lastPerChat.get(chat);
      const chatTooSoon = last !== undefined && now - last < 990;
      if (recent.length >= perSecond || chatTooSoon) {
        limits.rejected++;
        if (chatTooSoon) limits.rejectedPerChat++;
        return { code: 429, description: "Too Many Requests: retry after 1", retryAfter: 1 };
      }
      recent.push(now);
      lastPerChat.set(chat, now);
      return null;
    },
  };
  return limits;
}
