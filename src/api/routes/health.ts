import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { readRows, type Db } from "../../db/index.js";

const ok = z.object({ status: z.literal("ok") });
const notReady = z.object({ status: z.literal("unavailable") });

export async function healthRoutes(app: FastifyInstance, opts: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/healthz", { schema: { hide: true, response: { 200: ok } } }, async () => ({ status: "ok" as const }));
  r.get("/readyz", { schema: { hide: true, response: { 200: ok, 503: notReady } } }, async (req, reply) => {
    try {
      await readRows(opts.db, "SELECT 1", []);
      return { status: "ok" as const };
    } catch (err) {
      // The reason goes to the log, not to whoever asks: a database's error text tells too much.
      req.log.warn({ err }, "not ready: the database does not answer");
      return reply.code(503).send({ status: "unavailable" as const });
    }
  });
}
