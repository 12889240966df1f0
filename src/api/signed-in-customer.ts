import type { FastifyRequest } from "fastify";
import type { Customer } from "../db/generated/client.js";
import { pickLanguage, upsertCustomer } from "../domain/customers/customers.js";
import type { ApiDeps } from "./deps.js";

/** The customer behind a request's verified Telegram user (created on first visit, like the bot does). */
export function signedInCustomer(deps: ApiDeps, request: FastifyRequest): Promise<Customer> {
  const tg = request.telegramUser;
  if (!tg) throw new Error("route is missing onRequest: app.requireTelegramUser");
  const language = pickLanguage(tg.languageCode, deps.texts.languages, deps.config.DEFAULT_LANGUAGE);
  return upsertCustomer(
    deps.sql,
    { id: tg.id, first_name: tg.firstName, ...(tg.lastName ? { last_name: tg.lastName } : {}), ...(tg.username ? { username: tg.username } : {}) },
    language,
  );
}
