import { autoRetry } from "@grammyjs/auto-retry";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { Api } from "grammy";

/**
 * The Bot API client the outbox delivers with. Telegram's limits (about 30 messages/s overall,
 * 1/s per private chat, 20/min per group) are kept by grammY's throttler; a 429 that still
 * happens is waited out by auto-retry when short, otherwise the outbox retries later with backoff.
 */
export function createDeliveryApi(token: string, apiRoot: string, perSecond: number): Api {
  const api = new Api(token, { apiRoot });
  // Evenly spaced rather than a per-second reservoir (bursts at window edges are what earn a 429),
  // with a few percent of margin: network jitter can bring two requests closer than they left.
  api.config.use(
    apiThrottler({
      global: { minTime: 1000 / (perSecond * 0.97), maxConcurrent: Math.max(1, Math.ceil(perSecond / 10)) },
      out: { minTime: 1050, maxConcurrent: 1 },
    }),
  );
  api.config.use(autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 5 }));
  return api;
}

/**
 * How many messages the delivery worker claims at once: about a third of a second's worth, so a
 * critical message never queues behind more than that inside the throttler.
 */
export function outboxBatchSize(perSecond: number): number {
  return Math.max(10, Math.ceil(perSecond / 3));
}
