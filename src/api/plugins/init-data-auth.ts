import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { isExpiredError, isSignatureInvalidError, isSignatureMissingError, parse, validate } from "@telegram-apps/init-data-node";

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
    const user = parse(raw).user;
    if (!user) return deny("Telegram init data has no user.");
    request.telegramUser = {
      id: user.id,
      firstName: user.first_name,
      ...(user.last_name ? { lastName: user.last_name } : {}),
      ...(user.username ? { username: user.username } : {}),
      ...(user.language_code ? { languageCode: user.language_code } : {}),
    };
  });
});
