import { sign } from "@telegram-apps/init-data-node";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ApiDeps } from "../deps.js";
import { TELEGRAM_THEMES } from "../telegram-themes.js";

const query = z.object({
  id: z.coerce.number().int().positive().default(100_000_001),
  name: z.string().min(1).max(64).default("Developer"),
  lang: z
    .string()
    .regex(/^[a-z]{2}$/)
    .default("en"),
  path: z
    .string()
    .regex(/^\/[\w/-]*$/)
    .default("/"),
  theme: z.enum(["light", "dark"]).default("light"),
});

/**
 * Development only (DEV_LOGIN=true, refused in production): opens the Mini App in an ordinary
 * browser as a test user, with init data signed by this server exactly as Telegram would sign it.
 */
export async function devLoginRoutes(app: FastifyInstance, deps: ApiDeps) {
  app.withTypeProvider<ZodTypeProvider>().get("/dev/login", { schema: { hide: true, querystring: query } }, async (request, reply) => {
    if (!deps.config.BOT_TOKEN) return reply.code(503).send({ error: "bot_not_configured", reason: "Set BOT_TOKEN: init data is signed with it." });
    const q = request.query;
    const initData = sign(
      { user: { id: q.id, first_name: q.name, language_code: q.lang, allows_write_to_pm: true } } as never,
      deps.config.BOT_TOKEN,
      new Date(),
    );
    const hash = new URLSearchParams({
      tgWebAppData: initData,
      tgWebAppVersion: "8.0",
      tgWebAppPlatform: "web",
      tgWebAppThemeParams: JSON.stringify(TELEGRAM_THEMES[q.theme]),
    });
    return reply.redirect(`${q.path}#${hash.toString()}`);
  });
}
