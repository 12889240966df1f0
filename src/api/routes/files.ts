import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { customerAttachment } from "../../domain/tickets/customer-views.js";
import { errorBody, INT4_MAX } from "../contracts.js";
import type { ApiDeps } from "../deps.js";
import { signedInCustomer } from "../signed-in-customer.js";

const params = z.object({ messageId: z.coerce.number().int().min(1).max(INT4_MAX), index: z.coerce.number().int().min(0).max(50) });

/**
 * Files of a customer's own tickets, fetched from Telegram by file id and passed through, so the
 * Mini App never sees the bot token.
 */
export async function fileRoutes(app: FastifyInstance, deps: ApiDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/files/:messageId/:index",
    {
      onRequest: app.requireTelegramUser,
      schema: {
        tags: ["tickets"],
        summary: "A file of one of my tickets",
        params,
        response: { 400: errorBody, 401: errorBody, 404: errorBody, 502: errorBody },
      },
    },
    async (request, reply) => {
      const customer = await signedInCustomer(deps, request);
      const file = await customerAttachment(deps.db, customer.id, request.params.messageId, request.params.index);
      const token = deps.config.BOT_TOKEN;
      const root = deps.config.TELEGRAM_API_ROOT.replace(/\/$/, "");
      const meta = (await fetch(`${root}/bot${token}/getFile?file_id=${encodeURIComponent(file.fileId)}`)
        .then((r) => r.json())
        .catch(() => null)) as { ok: boolean; result?: { file_path?: string } } | null;
      const path = meta?.ok ? meta.result?.file_path : undefined;
      if (!path) return reply.code(502).send({ error: "file_unavailable", reason: "Telegram did not give us this file right now" });
      const upstream = await fetch(`${root}/file/bot${token}/${path}`);
      if (!upstream.ok || !upstream.body) return reply.code(502).send({ error: "file_unavailable", reason: "Telegram did not give us this file right now" });
      reply.header("content-type", upstream.headers.get("content-type") ?? file.mimeType ?? "application/octet-stream");
      reply.header("cache-control", "private, max-age=3600");
      // No response schema for 200: Fastify sends a Buffer as it is.
      return reply.send(Buffer.from(await upstream.arrayBuffer()) as never);
    },
  );
}
