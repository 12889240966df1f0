import { createHash } from "node:crypto";
import type { AddressInfo } from "node:net";
import { timingSafeEqual } from "node:crypto";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { UserFromGetMe } from "grammy/types";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { buildApp, WEBAPP_DIST, WEBHOOK_PATH } from "./api/app.js";
import type { BotContext } from "./bot/context.js";
import { createBot } from "./bot/create-bot.js";
import { sweepCaptchas } from "./bot/community/community.js";
import { sandboxEnabled, type Config } from "./config.js";
import { oneInstanceAtATime, openDatabase, type Database } from "./db/index.js";
import { databaseOptions, type PreparedDatabase } from "./db/prepare.js";
import { seedDefaults } from "./db/seed.js";
import { kbIndex } from "./domain/kb/sync.js";
import { systemClock, type Clock } from "./domain/shared/clock.js";
import type { DeskSettings } from "./domain/tickets/tickets.js";
import { DEFAULT_FORBIDDEN_WORDS } from "./domain/quality/forbidden-words.js";
import { parseQuietHours } from "./domain/customers/quiet-hours.js";
import { loadTexts } from "./i18n/index.js";
import { createLogger } from "./log.js";
import { OutboxDelivery } from "./notify/delivery.js";
import { createDeliveryApi, outboxBatchSize } from "./notify/delivery-api.js";
import { JobRunner } from "./jobs/runner.js";
import { runSlaSweep } from "./domain/sla/sweep.js";
import { sweepIdleIntakes } from "./domain/intake/session.js";
import { UpdateInbox, pollIntoInbox } from "./bot/inbox.js";
import { runRetention, type RetentionPolicy } from "./jobs/retention.js";
import { createDeskMetrics } from "./metrics/desk-metrics.js";
import { slaMetrics } from "./metrics/registry.js";
import { attachSharedBudget } from "./notify/shared-rate-budget.js";
import { reportUndelivered } from "./domain/tickets/agent-actions.js";
import { sendDailyDigest } from "./domain/analytics/digest.js";
import { refreshDailySummaries } from "./domain/analytics/daily-summary.js";
import { createOutboxNotifier } from "./notify/notifier.js";
import { ExperimentTexts } from "./domain/experiments/texts.js";
import { checkResolvedConversations } from "./domain/quality/automatic.js";
import { sampleForReview } from "./domain/quality/reviews.js";
import { prepareSandboxTeam, SANDBOX_BOT, SANDBOX_MINI_APP_URL, startSandbox } from "./sandbox/index.js";
import { sandboxRoutes } from "./sandbox/routes.js";

/** The updates the desk reacts to; Telegram sends nothing else. */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member", "chat_member", "chat_join_request"] as const;

export interface StartOptions {
  clock?: Clock;
  log?: Logger;
  /** Skip getMe at start-up (tests, or when the identity is known). */
  botInfo?: UserFromGetMe;
  /** How long polling pauses when there is nothing new (the default polls without pause). */
  pollingSource?: { maxDelayMilliseconds?: number };
  /** The database, started and migrated already (`prepareDatabase` with `databaseOptions(config)`). */
  preparedDatabase?: Promise<PreparedDatabase>;
}

export interface RunningDesk {
  config: Config;
  database: Database;
  app: FastifyInstance;
  bot?: Bot<BotContext>;
  delivery?: OutboxDelivery;
  /** Where updates wait until handled (with the bot only). */
  inbox?: UpdateInbox;
  jobs: JobRunner;
  /** The address the HTTP server listens on. */
  url: string;
  stop(): Promise<void>;
}

/** Composition root: config -> database -> domain services -> bot and outbox -> HTTP -> listen. */
export async function start(config: Config, opts: StartOptions = {}): Promise<RunningDesk> {
  const log = opts.log ?? createLogger(config);
  // In the sandbox the process plays Telegram itself: the rest runs as with a real bot.
  const sandbox = sandboxEnabled(config) ? await startSandbox(config) : undefined;
  if (sandbox) config = sandbox.config;
  const clock = opts.clock ?? sandbox?.clock ?? systemClock;
  const database = await openDatabase({
    ...databaseOptions(config, log),
    poolSize: config.DB_POOL_SIZE,
    ...(opts.preparedDatabase ? { prepared: opts.preparedDatabase } : {}),
  }).catch(async (err: unknown) => {
    await sandbox?.running.stop();
    throw err;
  });
  const db = database.prisma;
  const stops: Array<() => Promise<void>> = [() => database.close()];
  if (sandbox) stops.push(() => sandbox.running.stop());
  const stopAll = async () => {
    for (const s of stops.splice(0).reverse()) await s().catch((err) => log.error({ err }, "error while stopping"));
  };

  try {
    // Instances starting together seed one after another (the second finds the rows there).
    // Seeding waits on the database while the rest is set up (texts, the bot's identity, the HTTP
    // routes); nothing takes an update or a request before it is done.
    const seeded = oneInstanceAtATime(database.url, () => seedDefaults(db, config.ADMIN_IDS)).then(async () => {
      if (sandbox) await prepareSandboxTeam(db, clock.now());
    });
    seeded.catch(() => undefined); // awaited below; a failure must not surface as unhandled first
    const texts = loadTexts(config.DEFAULT_LANGUAGE);
    const settings: DeskSettings = {
      unansweredAlertMinutes: config.UNANSWERED_ALERT_MINUTES,
      clarificationHours: config.CLARIFICATION_HOURS,
      followUpHours: config.FOLLOW_UP_HOURS,
      followUpCloseHours: config.FOLLOW_UP_CLOSE_HOURS,
      npsSamplePercent: config.NPS_SAMPLE_PERCENT,
      forbiddenWords: config.FORBIDDEN_WORDS
        ? config.FORBIDDEN_WORDS.split(",")
            .map((w) => w.trim())
            .filter(Boolean)
        : DEFAULT_FORBIDDEN_WORDS,
      defaultLanguage: config.DEFAULT_LANGUAGE,
      deskTimeZone: config.DESK_TIME_ZONE,
      ...(config.STAFF_ALERT_CHAT_ID !== undefined ? { staffAlertChatId: config.STAFF_ALERT_CHAT_ID } : {}),
    };
    const miniAppUrl = config.MINI_APP_URL ?? config.PUBLIC_URL;
    // Experiment variants and shipped texts, kept in memory (loaded before the first message).
    const experimentTexts = new ExperimentTexts(db, (err) => log.warn({ err }, "could not load experiment texts"));
    const experimentsLoaded = experimentTexts.refresh();
    const notifier = createOutboxNotifier({
      t: texts.t,
      customerText: (telegramId, lang, key, vars) => experimentTexts.render(telegramId, lang, key, vars),
      clock,
      defaultQuietHours: parseQuietHours(config.QUIET_HOURS),
      ...(sandbox ? { miniAppUrl: SANDBOX_MINI_APP_URL } : miniAppUrl?.startsWith("https://") ? { miniAppUrl } : {}),
    });

    let bot: Bot<BotContext> | undefined;
    let delivery: OutboxDelivery | undefined;
    let inbox: UpdateInbox | undefined;
    const webhookSecret = config.BOT_TOKEN ? (config.WEBHOOK_SECRET ?? deriveSecret(config.BOT_TOKEN)) : undefined;

    if (config.BOT_TOKEN) {
      const desk = createBot(
        { config, db, sql: database.sql, clock, settings, notifier, texts, experimentTexts, log: log.child({ module: "bot" }) },
        { token: config.BOT_TOKEN, ...(sandbox ? { botInfo: SANDBOX_BOT } : opts.botInfo ? { botInfo: opts.botInfo } : {}) },
      );
      // One Telegram rate budget for all instances (in PostgreSQL), installed before the first call.
      const detachBudget = attachSharedBudget({
        sql: database.sql,
        token: config.BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        perSecond: config.OUTBOX_PER_SECOND,
        log: log.child({ module: "rate-budget" }),
      });
      stops.push(async () => detachBudget());
      bot = desk.bot;
      await bot.init();
      await Promise.all([seeded, experimentsLoaded]);
      const deliveryApi = createDeliveryApi(config.BOT_TOKEN, config.TELEGRAM_API_ROOT, config.OUTBOX_PER_SECOND, config.TELEGRAM_TIMEOUT_SECONDS);
      delivery = new OutboxDelivery({
        db,
        databaseUrl: database.url,
        api: deliveryApi,
        batchSize: outboxBatchSize(config.OUTBOX_PER_SECOND),
        leaseMs: config.OUTBOX_LEASE_SECONDS * 1000,
        clock,
        log: log.child({ module: "outbox" }),
        onGiveUp: (tx, message, blocked) => reportUndelivered({ notifier }, tx, message, blocked),
      });
      await delivery.start();
      const d = delivery;
      stops.push(() => d.stop());
      // Stops run in reverse: updates in flight finish (after the runner and HTTP server stopped
      // taking new ones) while the outbox can still deliver what they wrote.
      stops.push(() => desk.idle());
      inbox = new UpdateInbox({ sql: database.sql, bot, log: log.child({ module: "inbox" }), leaseSeconds: config.INBOX_LEASE_SECONDS });
      const box = inbox;
      box.start();
      stops.push(() => box.stop());
    } else {
      log.warn(
        "BOT_TOKEN is not set: the API and the Mini App are running without the bot. " +
          "Create a bot with @BotFather in Telegram (/newbot), then set BOT_TOKEN to its token and restart.",
      );
    }

    const jobs = new JobRunner({
      databaseUrl: database.url,
      log: log.child({ module: "jobs" }),
      sweepSeconds: config.SLA_SWEEP_SECONDS,
      poolSize: config.JOBS_POOL_SIZE,
      sweep: async () => {
        const result = await runSlaSweep({ db, clock, notifier, settings, experimentTexts });
        // Intakes left half-way end on the same timer: filed as tickets when there is something to file.
        await sweepIdleIntakes({
          db,
          clock,
          notifier,
          settings,
          experimentTexts,
          log,
          handoffAfterUnmatched: config.HANDOFF_AFTER_UNMATCHED_TURNS,
          idleMinutes: config.INTAKE_IDLE_MINUTES,
        }).catch((err: unknown) => log.error({ err }, "idle intake sweep failed"));
        // Every resolved conversation gets the automatic quality checks, a small batch per sweep.
        await checkResolvedConversations(db, settings.forbiddenWords, clock.now()).catch((err: unknown) => log.error({ err }, "quality checks failed"));
        // Newcomers who let the captcha's time run out leave the group on the same timer.
        if (bot) await sweepCaptchas({ db, clock, log }, bot.api).catch((err: unknown) => log.error({ err }, "captcha sweep failed"));
        slaMetrics.sweeps.inc();
        slaMetrics.sweepEvents.inc(result.events);
        return result;
      },
      digest: {
        run: () => sendDailyDigest({ db, sql: database.sql, timeZone: config.DIGEST_TIME_ZONE, clock, notifier, settings }),
        hour: config.DIGEST_HOUR,
        timeZone: config.DIGEST_TIME_ZONE,
      },
      // The day's conversations for quality review go to the supervisors at the digest's hour.
      qaSample: {
        run: () => sampleForReview({ db, notifier, settings }, { perAgent: config.QA_SAMPLE_PER_AGENT, now: clock.now(), timeZone: config.DIGEST_TIME_ZONE }),
        hour: config.DIGEST_HOUR,
        timeZone: config.DIGEST_TIME_ZONE,
      },
      // Every ten minutes, once across instances: small batches, so a busy desk never notices.
      retention: { cron: "*/10 * * * *", run: () => runRetention(database.sql, retentionPolicy(config), log.child({ module: "retention" })) },
      // The numbers' per-day summaries: yesterday once it is over, and any day changed since.
      analyticsSummary: {
        cron: "*/10 * * * *",
        run: async () => {
          const done = await refreshDailySummaries(database.sql, clock.now());
          if (done.built || done.rebuilt) log.info(done, "analytics: per-day summaries updated");
        },
      },
    });
    // The seeding and pg-boss's start wait on the database while the routes are built (on the CPU).
    const jobsStarted = Promise.all([seeded, experimentsLoaded])
      .then(() => jobs.start())
      .then(() => stops.push(() => jobs.stop()));
    jobsStarted.catch(() => undefined); // awaited below
    const app = await buildApp(
      {
        config,
        db,
        sql: database.sql,
        clock,
        settings,
        notifier,
        texts,
        experimentTexts,
        ...(bot?.botInfo.username ? { botUsername: bot.botInfo.username } : {}),
      },
      {
        logger: log.child({ module: "http" }),
        metrics: createDeskMetrics({ sql: database.sql }),
        ...(bot && config.BOT_MODE === "webhook"
          ? {
              webhook: (a: FastifyInstance) => {
                // Stored, then answered at once: handling happens from the inbox, so a busy desk
                // never makes Telegram wait or retry.
                a.post(WEBHOOK_PATH, { schema: { hide: true } }, async (req, reply) => {
                  const given = Buffer.from(String(req.headers["x-telegram-bot-api-secret-token"] ?? ""));
                  const expected = Buffer.from(webhookSecret!);
                  if (given.length !== expected.length || !timingSafeEqual(given, expected))
                    return reply.code(401).send({ error: "unauthorized", reason: "wrong or missing secret token" });
                  const update = req.body as Partial<Update> | null;
                  if (!update || typeof update !== "object" || !Number.isSafeInteger(update.update_id))
                    return reply.code(400).send({ error: "bad_request", reason: "not a Telegram update" });
                  await inbox!.store([update as Update], "webhook");
                  return reply.code(200).send({ ok: true });
                });
              },
            }
          : {}),
      },
    ).catch(async (err: unknown) => {
      await jobsStarted.catch(() => undefined); // so that stopping below stops the job runner too
      throw err;
    });
    if (sandbox) {
      await app.register(sandboxRoutes, {
        emulator: sandbox.emulator,
        clock: sandbox.clock,
        token: config.BOT_TOKEN!,
        webappDist: WEBAPP_DIST,
        sweepNow: () => runSlaSweep({ db, clock, notifier, settings, experimentTexts }),
      });
    }
    // Seeded before the first request; the job runner may finish starting after the server
    // listens (no request waits for it).
    await Promise.all([seeded, experimentsLoaded]);
    stops.push(() => app.close());
    await app.listen({ port: config.PORT, host: config.HOST });
    await jobsStarted;
    const { port } = app.server.address() as AddressInfo;
    const url = `http://${["0.0.0.0", "::"].includes(config.HOST) ? "127.0.0.1" : config.HOST}:${port}`;

    if (bot && config.BOT_MODE === "webhook") {
      const hook = new URL(WEBHOOK_PATH, config.PUBLIC_URL).toString();
      await bot.api.setWebhook(hook, { secret_token: webhookSecret!, allowed_updates: [...ALLOWED_UPDATES] });
      log.info({ webhook: hook }, "bot is taking updates by webhook");
    } else if (bot) {
      await bot.api.deleteWebhook();
      const poller = pollIntoInbox(bot, inbox!, log.child({ module: "polling" }), {
        allowedUpdates: ALLOWED_UPDATES,
        ...(opts.pollingSource?.maxDelayMilliseconds !== undefined ? { idleDelayMs: opts.pollingSource.maxDelayMilliseconds } : {}),
      });
      // Stop taking updates first; handlers in flight finish before the database closes.
      stops.push(() => poller.stop());
      log.info({ username: bot.botInfo.username }, "bot is taking updates by long polling");
    }
    // The knowledge base's search index is built in memory, in the background once the desk is
    // taking requests: building it first would hold start-up for as long as indexing takes, and a
    // question arriving meanwhile waits for the build already under way.
    void kbIndex(db).catch((err: unknown) => log.error({ err }, "could not build the knowledge-base index"));
    // Prisma's engine starts on its first query (about 100 ms of CPU): nothing on the way to here
    // needed it, and the first customer's message should not wait for it either.
    void db.$queryRawUnsafe("SELECT 1").catch(() => undefined);
    log.info({ url, database: database.embedded ? "embedded" : "external" }, "support desk is ready");
    if (sandbox) {
      log.info(
        { sandbox: `${url}/sandbox` },
        `sandbox: open ${url}/sandbox in a browser to try the desk as a customer and an agent (no Telegram needed; set BOT_TOKEN to run a real bot)`,
      );
    }
    return { config, database, app, jobs, ...(bot ? { bot } : {}), ...(delivery ? { delivery } : {}), ...(inbox ? { inbox } : {}), url, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

function retentionPolicy(c: Config): RetentionPolicy {
  return {
    outboxDays: c.OUTBOX_RETENTION_DAYS,
    inboxHours: c.INBOX_RETENTION_HOURS,
    kbMissDays: c.KB_MISS_RETENTION_DAYS,
    communityEventDays: c.COMMUNITY_EVENT_RETENTION_DAYS,
    auditDays: c.AUDIT_RETENTION_DAYS,
  };
}

/** A stable webhook secret when none is configured: Telegram echoes it in a header we check. */
function deriveSecret(token: string): string {
  return createHash("sha256").update(`webhook:${token}`).digest("hex").slice(0, 48);
}
