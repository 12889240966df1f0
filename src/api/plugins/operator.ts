import { timingSafeEqual } from "node:crypto";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, RouteOptions } from "fastify";
import fp from "fastify-plugin";
import type { DeskMetrics } from "../../metrics/desk-metrics.js";
import { httpMetrics, processRegistry } from "../../metrics/registry.js";

// What the operator needs from the HTTP side: request timings for /metrics, the /metrics page
// itself, and a rate limit on the routes anyone may call without signing in (those whose schema
// says `security: []`: knowledge-base search and articles, app info). The limit counts per client
// address (see TRUST_PROXY) and per instance: N instances behind a balancer allow up to N times it.

export interface OperatorOptions {
  /** Requests a minute per address on public routes; 0: no limit. */
  publicPerMinute: number;
  metricsToken?: string;
  metrics?: DeskMetrics;
}

/** A route anyone may call: its OpenAPI schema declares no security requirement. */
function isPublicRoute(route: RouteOptions): boolean {
  const security = (route.schema as { security?: unknown[] } | undefined)?.security;
  return Array.isArray(security) && security.length === 0;
}

export const operatorRoutes = fp(async (app: FastifyInstance, o: OperatorOptions) => {
  app.addHook("onResponse", async (request, reply) => {
    // The route's pattern (/api/tickets/:number), never the raw URL: one series per route.
    const route = request.routeOptions.url ?? "unmatched";
    httpMetrics.duration.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  if (o.publicPerMinute > 0) {
    // Runs before the rate-limit plugin's own onRoute hook (registered just below): it sees the
    // config this one sets.
    app.addHook("onRoute", (route) => {
      if (isPublicRoute(route) && route.config?.rateLimit === undefined) {
        route.config = { ...(route.config ?? {}), rateLimit: { max: o.publicPerMinute, timeWindow: 60_000 } };
      }
    });
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (request, ctx) => {
        httpMetrics.limited.inc({ route: request.routeOptions.url ?? "unmatched" });
        return Object.assign(new Error(`Too many requests: at most ${ctx.max} a minute. Try again in ${ctx.after}.`), {
          statusCode: 429,
          code: "RATE_LIMITED",
        });
      },
    });
  }

  app.get("/metrics", { schema: { hide: true } }, async (request, reply) => {
    if (o.metricsToken) {
      const given = Buffer.from(String(request.headers.authorization ?? ""));
      const expected = Buffer.from(`Bearer ${o.metricsToken}`);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return reply.code(401).send({ error: "unauthorized", reason: "metrics need Authorization: Bearer <METRICS_TOKEN>" });
      }
    }
    const text = o.metrics ? await o.metrics.text() : await processRegistry.metrics();
    return reply
      .header("content-type", o.metrics?.contentType ?? processRegistry.contentType)
      .header("cache-control", "no-store")
      .send(text);
  });
});
