import { existsSync } from "node:fs";
import { resolve } from "node:path";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { ApiDeps } from "./deps.js";
import { errorHandler } from "./plugins/errors.js";
import { initDataAuth } from "./plugins/init-data-auth.js";
import { textSafety } from "./plugins/text-safety.js";
import { healthRoutes } from "./routes/health.js";
import { kbRoutes } from "./routes/kb.js";
import { meRoutes } from "./routes/me.js";
import { ticketRoutes } from "./routes/tickets.js";
import { attachmentRoutes } from "./routes/attachments.js";
import { fileRoutes } from "./routes/files.js";
import { devLoginRoutes } from "./routes/dev-login.js";
import { appInfoRoutes } from "./routes/app-info.js";
import { staffRoutes } from "./routes/staff.js";
import { improvementRoutes } from "./routes/improvement.js";
import { operatorRoutes } from "./plugins/operator.js";
import type { DeskMetrics } from "../metrics/desk-metrics.js";

export const WEBAPP_DIST = resolve(import.meta.dirname, "../../webapp/dist");
export const WEBHOOK_PATH = "/telegram/webhook";

export interface BuildAppOptions {
  logger?: FastifyServerOptions["loggerInstance"];
  /** Handler for Telegram's webhook calls (webhook mode only). */
  webhook?: (app: FastifyInstance) => void | Promise<void>;
  /** What /metrics shows (Prometheus); without it /metrics shows this process's counters only. */
  metrics?: DeskMetrics;
}

/** A number of hops is a function to Fastify's types (proxy-addr takes it the same way). */
function trustProxy(v: boolean | number | string[]) {
  return typeof v === "number" ? (_address: string, hop: number) => hop < v : v;
}

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions["schemaController"]>["compilersFactory"]>;
// Fastify types these factories after ajv's and fast-json-stringify's compilers; zod's take the
// same route schema and return the same kind of function.
const zodCompilers = { buildValidator: () => validatorCompiler, buildSerializer: () => serializerCompiler } as unknown as CompilersFactory;

/**
 * One access-log line per request, when it is answered, instead of Fastify's two (one as it
 * arrives, one as it is answered): at a thousand requests a second, logging was a seventh of the
 * desk's CPU. Errors are logged as before.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) return super.requestCompleted(error, request, reply);
    reply.log.info({ method: request.method, url: request.url, statusCode: reply.statusCode, responseTime: reply.elapsedTime }, "request completed");
  }
}

/** Builds the HTTP side (API, docs, Mini App); listening is the caller's business. */
export async function buildApp(deps: ApiDeps, opts: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(opts.logger ? { loggerInstance: opts.logger } : { logger: false }),
    logController: new OneLinePerRequest(),
    // Every route validates and serializes with zod: given here, Fastify does not load its default
    // compilers (ajv and fast-json-stringify), a sixteenth of start-up.
    schemaController: { compilersFactory: zodCompilers },
    // Only the proxies the operator names are believed about the client's address (rate limits).
    trustProxy: trustProxy(deps.config.TRUST_PROXY),
    bodyLimit: 1_048_576,
    // A path that does not decode (say, a lone surrogate's bytes) is refused before routing,
    // outside the error handler: it gets the same { error, reason } shape here.
    frameworkErrors: (err, _request, reply) => {
      const status = err.statusCode && err.statusCode < 500 ? err.statusCode : 400;
      void (reply as FastifyReply).code(status).send({ error: "bad_url", reason: err.message });
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorHandler);
  await app.register(operatorRoutes, {
    publicPerMinute: deps.config.PUBLIC_RATE_LIMIT_PER_MINUTE,
    ...(deps.config.METRICS_TOKEN ? { metricsToken: deps.config.METRICS_TOKEN } : {}),
    ...(opts.metrics ? { metrics: opts.metrics } : {}),
  });
  await app.register(textSafety, { cleaned: [WEBHOOK_PATH] });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "Support desk API", version: "1" },
      components: { securitySchemes: { tma: { type: "apiKey", in: "header", name: "Authorization", description: "tma <Telegram init data>" } } },
      security: [{ tma: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/docs" });
  await app.register(initDataAuth, {
    ...(deps.config.BOT_TOKEN ? { botToken: deps.config.BOT_TOKEN } : {}),
    maxAgeSeconds: deps.config.INIT_DATA_MAX_AGE_SECONDS,
  });

  await app.register(healthRoutes, { db: deps.db });
  await app.register(meRoutes, deps);
  await app.register(kbRoutes, deps);
  await app.register(ticketRoutes, deps);
  await app.register(attachmentRoutes, deps);
  await app.register(fileRoutes, deps);
  await app.register(staffRoutes, deps);
  await app.register(improvementRoutes, deps);
  const devLogin = deps.config.DEV_LOGIN && deps.config.NODE_ENV !== "production";
  if (devLogin) await app.register(devLoginRoutes, deps);
  await app.register(appInfoRoutes, { ...(deps.botUsername ? { botUsername: deps.botUsername } : {}), devLogin });
  if (opts.webhook) await opts.webhook(app);

  if (deps.config.SERVE_WEBAPP && existsSync(WEBAPP_DIST)) {
    await app.register(fastifyStatic, {
      root: WEBAPP_DIST,
      wildcard: false,
      // The build writes .br and .gz beside each asset (webapp/vite.config.ts): sent as they are.
      preCompressed: true,
      cacheControl: false, // set below, per file
      // Hashed assets are immutable; index.html must always be revalidated.
      setHeaders: (res, path) => {
        res.setHeader("cache-control", path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
        // The same URL is sent as brotli, gzip or plain: caches must key on what the client accepts.
        res.setHeader("vary", "accept-encoding");
      },
    });
    // Client-side routes of the Mini App (/tickets/10001 ...) all load the same page.
    app.get("/*", { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith("/api/")) {
        return reply.code(404).send({ error: "not_found", reason: `No route for ${request.method} ${request.url.split("?")[0]}` });
      }
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    });
  }
  return app;
}
