import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Db } from "../../db/index.js";

const ok = z.object({ status: z.literal("ok") });
const notReady = z.object({ status: z.literal("unavailable"), reason: z.string() });

export async function healthRoutes(app: FastifyInstance, opts: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/healthz", { schema: { hide: true, response: { 200: ok } } }, async () => ({ status: "ok" as const }));
  r.get("/readyz", { schema: { hide: true, response: { 200: ok, 503: notReady } } }, async (_req, reply) => {
    try {
      await opts.db.$queryRaw`SELECT 1`;
      return { status: "ok" as const };
    } catch (err) {
      return reply.code(503).send({ status: "unavailable" as const, reason: `database: ${err instanceof Error ? err.message : String(err)}` });
    }
  });
}
