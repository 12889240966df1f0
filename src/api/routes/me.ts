import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { pickLanguage, upsertCustomer } from "../../domain/customers/customers.js";
import type { ApiDeps } from "../deps.js";
import { errorBody } from "../schemas.js";

const meResponse = z.object({
  user: z.object({
    telegramId: z.string(),
    firstName: z.string(),
    lastName: z.string().nullable(),
    username: z.string().nullable(),
    languageCode: z.string(),
  }),
});

export async function meRoutes(app: FastifyInstance, deps: ApiDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/me",
    {
      onRequest: app.requireTelegramUser,
      schema: { tags: ["customer"], summary: "The signed-in customer", response: { 200: meResponse, 401: errorBody, 503: errorBody } },
    },
    async (request) => {
      const tg = request.telegramUser!;
      const language = pickLanguage(tg.languageCode, deps.texts.languages, deps.config.DEFAULT_LANGUAGE);
      const customer = await upsertCustomer(
        deps.sql,
        {
          id: tg.id,
          first_name: tg.firstName,
          ...(tg.lastName ? { last_name: tg.lastName } : {}),
          ...(tg.username ? { username: tg.username } : {}),
        },
        language,
      );
      return {
        user: {
          telegramId: customer.telegramId.toString(),
          firstName: customer.firstName,
          lastName: customer.lastName,
          username: customer.username,
          languageCode: customer.languageCode,
        },
      };
    },
  );
}
