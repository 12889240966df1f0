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

/**
 * Mini App requests carry Telegram's signed init data as `Authorization: tma <raw>`; the
 * signature (HMAC with the bot token, compared in constant time by the library) and its age are
 * checked on every request.
 */
export const initDataAuth = fp(async (app: FastifyInstance, opts: InitDataAuthOptions) => {
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
    request.telegramUser = {
      id: user.id,
      firstName: cleanText(user.first_name ?? "") || "—",
      ...(lastName ? { lastName } : {}),
      ...(username ? { username } : {}),
      ...(languageCode ? { languageCode } : {}),
    };
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
