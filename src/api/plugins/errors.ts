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
