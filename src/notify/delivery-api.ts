import { Api } from "grammy";
import { OUTBOX_RETRY, retrying, sharedThrottler, wireHook } from "./telegram-client.js";
import { uploadsFromRows } from "./uploads.js";

/**
 * The Bot API client the outbox delivers with: the same rate budget as the bot's own replies
 * (see telegram-client.ts), and short retries; a failure that outlasts them is retried by the
 * outbox later, with backoff, from the database.
 */
export function createDeliveryApi(token: string, apiRoot: string, perSecond: number, timeoutSeconds = 10): Api {
  // A request's time limit well inside the outbox's lease (config.ts checks the two together), so
  // a slow call is over before another instance may claim the same message.
  const api = new Api(token, { apiRoot, timeoutSeconds });
  // Innermost first: files the desk made leave their row as uploads; the outbox marks a row as
  // being sent only once its turn has come.
  api.config.use(uploadsFromRows());
  api.config.use(wireHook());
  api.config.use(sharedThrottler({ token, apiRoot, perSecond }));
  api.config.use(retrying(OUTBOX_RETRY));
  return api;
}

/**
 * How many messages the delivery worker claims at once: about a third of a second's worth, so a
 * critical message never queues behind more than that inside the throttler.
 */
export function outboxBatchSize(perSecond: number): number {
  return Math.max(10, Math.ceil(perSecond / 3));
}
