import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { cleanJson } from "../../domain/text/json.js";
import { unsafeTextReason } from "../../domain/text/normalize.js";

export interface TextSafetyOptions {
  /**
   * Routes whose JSON bodies are cleaned instead of refused: Telegram's webhook must never be
   * refused (Telegram would send the update again and again), and its updates are stored as jsonb.
   */
  cleaned?: readonly string[];
}

const MAX_DEPTH = 32;

/**
 * Refuses, with 400 and a reason, any request whose query, path or JSON body holds a string that
 * PostgreSQL would refuse (a NUL character, an unpaired surrogate): such a value used to travel
 * all the way to the database and come back as a 500. Runs before schema validation, so it covers
 * every route, fields no schema names included.
 */
export const textSafety = fp(async (app: FastifyInstance, opts: TextSafetyOptions) => {
  const cleaned = new Set(opts.cleaned ?? []);
  app.addHook("preValidation", async (request: FastifyRequest, reply) => {
    if (cleaned.has(request.routeOptions.url ?? "")) {
      request.body = cleanJson(request.body);
      return;
    }
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
