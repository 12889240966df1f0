import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { unsafeTextReason } from "../../domain/text/normalize.js";

export interface TextSafetyOptions {
  /** Routes that take text as it comes and clean it themselves (Telegram's webhook must never be refused). */
  exempt?: readonly string[];
}

const MAX_DEPTH = 32;

/**
 * Refuses, with 400 and a reason, any request whose query, path or JSON body holds a string that
 * PostgreSQL would refuse (a NUL character, an unpaired surrogate): such a value used to travel
 * all the way to the database and come back as a 500. Runs before schema validation, so it covers
 * every route, fields no schema names included.
 */
export const textSafety = fp(async (app: FastifyInstance, opts: TextSafetyOptions) => {
  const exempt = new Set(opts.exempt ?? []);
  app.addHook("preValidation", async (request: FastifyRequest, reply) => {
    if (exempt.has(request.routeOptions.url ?? "")) return;
    for (const [where, value] of [
      ["path", request.params],
      ["query", request.query],
      ["body", request.body],
    ] as const) {
      const problem = findUnsafe(value, where, 0);
      if (problem) return reply.code(400).send({ error: "invalid_text", reason: problem });
    }
  });
});

function findUnsafe(value: unknown, path: string, depth: number): string | null {
  if (typeof value === "string") {
    const reason = unsafeTextReason(value);
    return reason ? `${path} ${reason}` : null;
  }
  if (depth > MAX_DEPTH) return `${path} is nested too deeply`;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const p = findUnsafe(item, `${path}[${i}]`, depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (value && typeof value === "object" && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      const k = unsafeTextReason(key);
      if (k) return `${path}: a field name ${k}`;
      const p = findUnsafe(item, `${path}.${key}`, depth + 1);
      if (p) return p;
    }
  }
  return null;
}
