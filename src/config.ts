import { z } from "zod";
import { isValidTimeZone, parseQuietHours } from "./domain/customers/quiet-hours.js";

// Every setting comes from the environment, is checked once here, and the rest of the program
// receives one typed object. Defaults make `npm start` work on a fresh machine.

const bool = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => v === "true" || v === "1" || v === "yes");

const telegramIdList = z
  .string()
  .regex(/^\s*(-?\d+\s*(,\s*-?\d+\s*)*)?$/, "must be a comma-separated list of numeric Telegram user ids")
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => BigInt(s)),
  );

const url = z.string().url("must be a full URL such as https://example.com");

const timeZone = z.string().refine(isValidTimeZone, "must be an IANA time zone such as Europe/Berlin, Asia/Seoul or UTC");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    HOST: z.string().min(1).default("0.0.0.0"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),

    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a PostgreSQL URL: postgresql://user:password@host:5432/database")
      .optional(),
    // Connections of this instance: DB_POOL_SIZE (Prisma and plain SQL share one pool) + JOBS_POOL_SIZE
    // (the job queue) + 1 (the outbox's LISTEN). See README, "Sizing".
    DB_POOL_SIZE: z.coerce.number().int().min(2).max(100).default(10),
    JOBS_POOL_SIZE: z.coerce.number().int().min(1).max(20).default(2),
    // A direct (session) address of the same database when DATABASE_URL goes through PgBouncer in
    // transaction mode: LISTEN, the job queue and the migrator's lock need a session of their own.
    DATABASE_DIRECT_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a PostgreSQL URL: postgresql://user:password@host:5432/database")
      .optional(),
    EMBEDDED_PG_DIR: z.string().min(1).default(".data/postgres"),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),

    BOT_TOKEN: z
      .string()
      .regex(/^\d+:[\w-]{20,}$/, "must be a token from @BotFather, like 123456789:AAE...")
      .optional(),
    BOT_MODE: z.enum(["polling", "webhook"]).default("polling"),
    PUBLIC_URL: url.optional(),
    WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16-256 characters of A-Z, a-z, 0-9, _ or -")
      .optional(),
    TELEGRAM_API_ROOT: url.default("https://api.telegram.org"),
    // One Bot API request's time limit; the outbox's lease must outlast a message's tries (checked below).
    TELEGRAM_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(300).default(10),
    OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
    // How long an update being handled is left to its instance before another may take it over.
    INBOX_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
    MINI_APP_URL: url.optional(),

    ADMIN_IDS: telegramIdList.prefault(""),
    STAFF_ALERT_CHAT_ID: z
      .string()
      .regex(/^-?\d+$/, "must be a numeric Telegram chat id, e.g. -1001234567890")
      .transform((v) => BigInt(v))
      .optional(),

    DEFAULT_LANGUAGE: z
      .string()
      .regex(/^[a-z]{2}$/, "must be a two-letter language code")
      .default("en"),
    INIT_DATA_MAX_AGE_SECONDS: z.coerce.number().int().positive().default(86_400),
    REOPEN_WINDOW_HOURS: z.coerce.number().positive().default(48),
    HANDOFF_AFTER_UNMATCHED_TURNS: z.coerce.number().int().positive().default(3),
    INTAKE_IDLE_MINUTES: z.coerce.number().int().positive().max(10_080).default(60),
    UNANSWERED_ALERT_MINUTES: z.coerce.number().int().positive().default(10),
    SLA_SWEEP_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
    CLARIFICATION_HOURS: z.coerce.number().positive().default(24),
    QUIET_HOURS: z
      .string()
      .regex(/^(\d{1,2}:\d{2}-\d{1,2}:\d{2}|none)$/, "must be like 22:00-08:00 (each customer's local time), or none")
      // 25:00 or 08:75 would otherwise read as "no quiet hours" without a word.
      .refine((v) => v === "none" || parseQuietHours(v) !== null, "must be two times of day between 00:00 and 23:59, like 22:00-08:00, or none")
      .default("22:00-08:00"),
    FOLLOW_UP_HOURS: z.coerce.number().min(1).max(168).default(48),
    FOLLOW_UP_CLOSE_HOURS: z.coerce.number().min(1).max(168).default(24),
    NPS_SAMPLE_PERCENT: z.coerce.number().min(0).max(100).default(20),
    DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(9),
    // Resolved conversations per agent sampled each day for quality review (0: none).
    QA_SAMPLE_PER_AGENT: z.coerce.number().int().min(0).max(50).default(2),
    DIGEST_TIME_ZONE: timeZone.default("UTC"),
    // The time zone queue working hours are written in (/queue_set L1 hours=mon-fri 09:00-18:00).
    DESK_TIME_ZONE: timeZone.default("UTC"),
    OUTBOX_PER_SECOND: z.coerce.number().int().min(1).max(1000).default(30),
    // Comma-separated; the defaults are in src/domain/quality/forbidden-words.ts.
    FORBIDDEN_WORDS: z.string().optional(),
    SERVE_WEBAPP: bool.default(true),
    // Which proxies' X-Forwarded-For to believe (the client's address decides rate limits): false,
    // true (any), a number of hops, or comma-separated addresses/CIDRs of the proxies.
    TRUST_PROXY: z
      .string()
      .regex(
        /^(true|false|\d+|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/,
        "must be true, false, a number of hops, or proxy addresses/CIDRs separated by commas",
      )
      .transform((v): boolean | number | string[] =>
        v === "true" ? true : v === "false" ? false : /^\d+$/.test(v) ? Number(v) : v.split(",").map((s) => s.trim()),
      )
      .default(false),
    // Requests a minute per client address on the public routes (knowledge-base search and
    // articles, app info), per instance. 0 switches the limit off.
    PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(120),
    // When set, /metrics asks for "Authorization: Bearer <token>".
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    // Retention (the job runs once across instances): days, or hours for the inbox; 0 keeps forever.
    OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
    INBOX_RETENTION_HOURS: z.coerce.number().int().min(0).max(8760).default(24),
    KB_MISS_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(180),
    COMMUNITY_EVENT_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(180),
    AUDIT_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(0),
    // Opens the Mini App in a normal browser with signed test init data (never in production).
    DEV_LOGIN: bool.default(false),
    // The whole desk in a browser, Telegram played by the process itself (/sandbox). Unset: on
    // when there is no BOT_TOKEN in development (tests switch it on themselves).
    SANDBOX: bool.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.DEV_LOGIN && c.NODE_ENV === "production") {
      ctx.addIssue({ code: "custom", path: ["DEV_LOGIN"], message: "must not be true when NODE_ENV=production" });
    }
    if (c.SANDBOX && c.BOT_TOKEN && c.NODE_ENV === "production") {
      ctx.addIssue({ code: "custom", path: ["SANDBOX"], message: "must not be true when BOT_TOKEN is set and NODE_ENV=production" });
    }
    // A message's tries (3 requests and up to 8 s of waits between them, notify/telegram-client.ts)
    // must end before its lease does, or another instance would send it again meanwhile.
    if (c.OUTBOX_LEASE_SECONDS < 3 * c.TELEGRAM_TIMEOUT_SECONDS + 10) {
      ctx.addIssue({
        code: "custom",
        path: ["OUTBOX_LEASE_SECONDS"],
        message: `must be at least 3 x TELEGRAM_TIMEOUT_SECONDS + 10 (${3 * c.TELEGRAM_TIMEOUT_SECONDS + 10})`,
      });
    }
    if (c.BOT_MODE === "webhook" && !c.PUBLIC_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["PUBLIC_URL"],
        message: "must be set when BOT_MODE=webhook (the https address Telegram will call)",
      });
    }
  });

export type Config = z.output<typeof schema>;

/** Whether this process plays Telegram itself (src/sandbox); never for a real bot in production. */
export function sandboxEnabled(c: Pick<Config, "SANDBOX" | "BOT_TOKEN" | "NODE_ENV">): boolean {
  if (c.BOT_TOKEN && c.NODE_ENV === "production") return false;
  return c.SANDBOX ?? (!c.BOT_TOKEN && c.NODE_ENV === "development");
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings in .env files mean "not set", not "set to nothing".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const name = i.path.join(".") || "environment";
      const got = typeof i.path[0] === "string" ? cleaned[i.path[0]] : undefined;
      return `${name}: ${i.message}${got !== undefined ? ` (got "${mask(i.path[0] as string, got)}")` : ""}`;
    });
    throw new ConfigError(`Invalid configuration. ${lines.join("; ")}`);
  }
  return result.data;
}

function mask(name: string, value: string): string {
  return /TOKEN|SECRET|PASSWORD|DATABASE_(DIRECT_)?URL/.test(name) ? `${value.slice(0, 4)}…` : value;
}
