import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { appInfo } from "../contracts.js";

/**
 * What the Mini App shows before anyone signs in (opened outside Telegram): where the bot is, and
 * whether the developer sign-in exists on this server. Public: it tells nothing a visitor of the
 * bot's profile could not see.
 */
export async function appInfoRoutes(app: FastifyInstance, opts: { botUsername?: string; devLogin: boolean }) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      "/api/app-info",
      { schema: { tags: ["public"], summary: "The bot's Telegram link, for pages opened outside Telegram", security: [], response: { 200: appInfo } } },
      async (_request, reply) => {
        reply.header("cache-control", "public, max-age=300");
        return {
          botUsername: opts.botUsername ?? null,
          botUrl: opts.botUsername ? `https://t.me/${opts.botUsername}` : null,
          devLogin: opts.devLogin,
        };
      },
    );
}
