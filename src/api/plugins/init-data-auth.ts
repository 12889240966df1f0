import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { isExpiredError, isSignatureInvalidError, isSignatureMissingError, parse, validate } from "@telegram-apps/init-data-node";
import { cleanText } from "../../domain/text/normalize.js";

export interface TelegramUser {
  id: number;
  firstName: string;
  lastName?: string;
  username?: string;
  languageCode?: string;
}

declare module "fastify" {
  interface FastifyRequest {
    telegramUser?: TelegramUser;
  }
  interface FastifyInstance {
    requireTelegramUser: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

export interface InitDataAuthOptions {
  botToken?: string;
  maxAgeSeconds: number;
}

/** How long a verified init data string is taken again without checking its signature anew. */
const VERIFIED_FOR_MS = 60_000;
/** Open Mini Apps at once per instance that keep their check cached; past it the oldest go. */
const VERIFIED_MAX = 10_000;

/**
 * Mini App requests carry Telegram's signed init data as `Authorization: tma <raw>`; the
 * signature (HMAC with the bot token, compared in constant time by the library) and its age are
 * checked. An open Mini App sends the same string with every request (and polls), so a string
 * that passed is remembered for a minute, never past its own expiry: the check and the parsing
 * were a tenth of a list request's CPU. Only the exact string that passed matches; refusals are
 * not remembered.
 */
export const initDataAuth = fp(async (app: FastifyInstance, opts: InitDataAuthOptions) => {
  const verified = new Map<string, { user: TelegramUser; until: number }>();
  app.decorateRequest("telegramUser", undefined);
  app.decorate("requireTelegramUser", async (request: FastifyRequest, reply: FastifyReply) => {
    const deny = (reason: string) => reply.code(401).send({ error: "unauthorized", reason });
    if (!opts.botToken) {
      return reply.code(503).send({ error: "bot_not_configured", reason: "BOT_TOKEN is not set, so Telegram sign-in cannot be checked." });
    }
    const header = request.headers.authorization ?? "";
    const match = /^tma (.+)$/.exec(header);
    if (!match) return deny("Missing Telegram init data (Authorization: tma <initData>). Open the app from the bot.");
    const raw = match[1]!;
    const now = Date.now();
    const known = verified.get(raw);
    if (known && now < known.until) {
      request.telegramUser = known.user;
      return;
    }
    if (known) verified.delete(raw);
    try {
      validate(raw, opts.botToken, { expiresIn: opts.maxAgeSeconds });
    } catch (err) {
      if (isExpiredError(err)) return deny("Telegram init data has expired. Reopen the app from the bot.");
      if (isSignatureInvalidError(err) || isSignatureMissingError(err)) return deny("Telegram init data signature is invalid.");
      return deny("Telegram init data is malformed.");
    }
    const parsed = parseSafely(raw);
    if (!parsed) return deny("Telegram init data is malformed.");
    const user = parsed.user;
    if (!user || !Number.isSafeInteger(user.id) || user.id <= 0) return deny("Telegram init data has no user.");
    // Names are whatever the person typed in Telegram: stored, so cleaned like any other text.
    const lastName = cleanText(user.last_name ?? "");
    const username = cleanText(user.username ?? "");
    const languageCode = cleanText(user.language_code ?? "");
    const telegramUser: TelegramUser = Object.freeze({
      id: user.id,
      firstName: cleanText(user.first_name ?? "") || "—",
      ...(lastName ? { lastName } : {}),
      ...(username ? { username } : {}),
      ...(languageCode ? { languageCode } : {}),
    });
    request.telegramUser = telegramUser;
    const expires = (parsed.auth_date.getTime() / 1000 + opts.maxAgeSeconds) * 1000;
    if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value!);
    verified.set(raw, { user: telegramUser, until: Math.min(now + VERIFIED_FOR_MS, expires) });
  });
});

/** Signed init data can still hold a field the parser refuses: that is malformed input, not a 500. */
function parseSafely(raw: string) {
  try {
    return parse(raw);
  } catch {
    return null;
  }
}
