import { resolve } from "node:path";
import pino from "pino";
import { loadConfig } from "../../src/config.js";
import { createPrismaClient, MIGRATIONS_DIR, type Db } from "../../src/db/index.js";
import { applyMigrations } from "../../src/db/migrate.js";
import { seedDefaults } from "../../src/db/seed.js";
import { start, type RunningDesk } from "../../src/desk.js";
import { createDeliveryApi, outboxBatchSize } from "../../src/notify/delivery-api.js";
import { OutboxDelivery } from "../../src/notify/delivery.js";

export const BENCH_TOKEN = "123456789:BENCH-token-0123456789abcdefghijkl";

/** A migrated, seeded benchmark database, for benchmarks that fill it by SQL before starting anything. */
export async function prepareBenchDatabase(url: string): Promise<void> {
  await applyMigrations(url, MIGRATIONS_DIR);
  const prisma = createPrismaClient(url);
  await seedDefaults(prisma, []);
  await prisma.$disconnect();
}

/** The whole desk as production runs it, taking webhooks, against a fake Bot API. */
export function startBenchDesk(databaseUrl: string, botApiUrl: string, env: Record<string, string> = {}): Promise<RunningDesk> {
  const config = loadConfig({
    NODE_ENV: "production",
    LOG_LEVEL: "silent",
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    BOT_TOKEN: BENCH_TOKEN,
    BOT_MODE: "webhook",
    PUBLIC_URL: "https://bench.invalid",
    TELEGRAM_API_ROOT: botApiUrl,
    ...env,
  });
  return start(config, { log: pino({ level: "silent" }) });
}

/** Where desk processes write their V8 CPU profiles (BENCH_CPU_PROF), if anywhere. */
const CPU_PROFILE_DIR = process.env.BENCH_CPU_PROF;

/**
 * The environment of a desk process a benchmark starts: taking webhooks, against `botApiUrl`.
 * With BENCH_CPU_PROF set, the process records a CPU profile into that folder.
 */
export function deskProcessEnv(databaseUrl: string, botApiUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    BOT_TOKEN: BENCH_TOKEN,
    BOT_MODE: "webhook",
    PUBLIC_URL: "https://bench.invalid",
    TELEGRAM_API_ROOT: botApiUrl,
    ...(CPU_PROFILE_DIR ? { NODE_OPTIONS: `--import=${resolve(import.meta.dirname, "cpu-profile.mjs")}`, CPU_PROFILE_DIR: resolve(CPU_PROFILE_DIR) } : {}),
    ...extra,
  };
}

/** The outbox's delivery worker as the desk builds it, at `perSecond`, against `botApiUrl`. */
export function benchDelivery(db: Db, databaseUrl: string, botApiUrl: string, perSecond: number): OutboxDelivery {
  return new OutboxDelivery({
    db,
    databaseUrl,
    api: createDeliveryApi(BENCH_TOKEN, botApiUrl, perSecond),
    clock: { now: () => new Date() },
    log: pino({ level: "silent" }),
    batchSize: outboxBatchSize(perSecond),
    pollMs: 200,
  });
}
