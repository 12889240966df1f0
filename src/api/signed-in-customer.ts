import type { FastifyRequest } from "fastify";
import type { Customer } from "../db/generated/client.js";
import { findCustomer, pickLanguage, upsertCustomer } from "../domain/customers/customers.js";
import type { ApiDeps } from "./deps.js";

/**
 * The Telegram id the request's init data proves. The Mini App's reads find the customer by it
 * inside their one query (src/domain/tickets/customer-pages.ts), as `signedInCustomer` would.
 */
export function signedInTelegramId(request: FastifyRequest): number {
  const tg = request.telegramUser;
  if (!tg) throw new Error("route is missing onRequest: app.requireTelegramUser");
  return tg.id;
}

/** The customer behind a request's verified Telegram user (created when the app is opened, like the bot does). */
export function signedInCustomer(deps: ApiDeps, request: FastifyRequest): Promise<Customer> {
  const tg = request.telegramUser;
  if (!tg) throw new Error("route is missing onRequest: app.requireTelegramUser");
  // Reading makes nobody a customer. Init data stays valid for a day, so a Mini App left open on
  // another device keeps polling with it; had its reads created the row, a customer who had just
  // deleted their data would be back seconds later. Opening the app (GET /api/me) or acting
  // (any write) is contact, as writing to the bot is.
  if (request.method === "GET" && request.routeOptions.url !== "/api/me") return findCustomer(deps.db, tg.id);
  const language = pickLanguage(tg.languageCode, deps.texts.languages, deps.config.DEFAULT_LANGUAGE);
  return upsertCustomer(
    deps.sql,
    { id: tg.id, first_name: tg.firstName, ...(tg.lastName ? { last_name: tg.lastName } : {}), ...(tg.username ? { username: tg.username } : {}) },
    language,
  );
}
