import type { FastifyError, FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { DomainError } from "../../domain/shared/errors.js";

const STATUS_BY_CODE: Record<string, number> = { "not-found": 404, forbidden: 403, "consent-required": 403, invalid: 400 };

/** One place maps every failure to `{ error, reason }` with a fitting status. */
export const errorHandler = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const reason = err.validation
        .map((v) => `${v.instancePath.replace(/^\//, "").replaceAll("/", ".") || err.validationContext || "request"}: ${v.message}`)
        .join("; ");
      return reply.code(400).send({ error: "invalid_request", reason });
    }
    if (err instanceof DomainError) {
      const status = STATUS_BY_CODE[err.code] ?? 409;
      return reply.code(status).send({ error: err.code.replaceAll("-", "_"), reason: err.message });
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, "response did not match its schema");
      return reply.code(500).send({ error: "internal", reason: "The server produced an invalid response." });
    }
    const refused = dataRefusedByDatabase(err);
    if (refused) {
      // A value no check above caught (the text and number rules should): still the request's fault.
      request.log.warn({ err }, "the database refused a value of the request");
      return reply.code(400).send({ error: "invalid_request", reason: `A value in the request cannot be stored: ${refused}` });
    }
    if (err.statusCode && err.statusCode < 500) {
      return reply.code(err.statusCode).send({ error: err.code?.toLowerCase() ?? "bad_request", reason: err.message });
    }
    request.log.error({ err }, "request failed");
    return reply.code(500).send({ error: "internal", reason: "Something went wrong on our side. Please try again." });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: "not_found", reason: `No route for ${request.method} ${request.url.split("?")[0]}` }),
  );
});

// SQLSTATE class 22 ("data exception": a NUL byte, an unpaired surrogate in jsonb, a number out of
// its column's range, a string too long) and Prisma's own codes for the same kinds of value.
const PRISMA_VALUE_CODES = new Set(["P2000", "P2005", "P2006", "P2007", "P2019", "P2020", "P2023", "P2033"]);

function dataRefusedByDatabase(err: unknown): string | null {
  // Prisma keeps the driver's error under meta.driverAdapterError; pg's own errors carry `code`.
  const next = (e: object): unknown => (e as { cause?: unknown }).cause ?? (e as { meta?: { driverAdapterError?: unknown } }).meta?.driverAdapterError;
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 6; e = next(e), depth++) {
    const x = e as { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown };
    const sqlState = typeof x.originalCode === "string" ? x.originalCode : typeof x.code === "string" && /^[0-9A-Z]{5}$/.test(x.code) ? x.code : undefined;
    if ((sqlState && sqlState.startsWith("22")) || (typeof x.code === "string" && PRISMA_VALUE_CODES.has(x.code))) {
      const message = (e as { originalMessage?: unknown }).originalMessage ?? x.message;
      return typeof message === "string" ? message.trim().split("\n").at(-1)!.slice(0, 200) : "invalid value";
    }
  }
  return null;
}
