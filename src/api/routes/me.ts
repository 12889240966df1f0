import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Customer } from "../../db/generated/client.js";
import { deleteCustomerData, exportCustomerData, updateSettings } from "../../domain/customers/privacy.js";
import { deleteBody, errorBody, meView, settingsChange } from "../contracts.js";
import type { ApiDeps } from "../deps.js";
import { signedInCustomer } from "../signed-in-customer.js";

function view(c: Customer, languages: readonly string[]): z.infer<typeof meView> {
  return {
    user: { telegramId: c.telegramId.toString(), firstName: c.firstName, lastName: c.lastName, username: c.username, languageCode: c.languageCode },
    settings: {
      languageCode: c.languageCode,
      timeZone: c.timeZone,
      notificationsEnabled: c.notificationsEnabled,
      quietHoursStart: c.quietHoursStart,
      quietHoursEnd: c.quietHoursEnd,
      consentAt: c.consentAt?.toISOString() ?? null,
    },
    languages: [...languages],
  };
}

export async function meRoutes(app: FastifyInstance, deps: ApiDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { onRequest: app.requireTelegramUser };

  r.get(
    "/api/me",
    {
      ...auth,
      schema: { tags: ["customer"], summary: "The signed-in customer and their settings", response: { 200: meView, 401: errorBody, 503: errorBody } },
    },
    async (request) => view(await signedInCustomer(deps, request), deps.texts.languages),
  );

  r.patch(
    "/api/me/settings",
    {
      ...auth,
      schema: {
        tags: ["customer"],
        summary: "Change language, time zone, notifications, quiet hours or consent",
        body: settingsChange,
        response: { 200: meView, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const customer = await signedInCustomer(deps, request);
      const updated = await updateSettings(deps.db, deps.clock, customer.id, request.body, deps.texts.languages);
      return view(updated, deps.texts.languages);
    },
  );

  r.get("/api/me/export", { ...auth, schema: { tags: ["customer"], summary: "Everything stored about me, as JSON" } }, async (request, reply) => {
    const customer = await signedInCustomer(deps, request);
    const data = await exportCustomerData(deps.db, customer.id);
    return reply.header("content-disposition", 'attachment; filename="my-support-data.json"').send(data);
  });

  r.delete(
    "/api/me",
    {
      ...auth,
      schema: {
        tags: ["customer"],
        summary: 'Delete my data (send { confirm: "DELETE" })',
        body: deleteBody,
        response: { 204: z.null(), 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const customer = await signedInCustomer(deps, request);
      await deleteCustomerData(deps, customer.id);
      return reply.code(204).send(null);
    },
  );
}
