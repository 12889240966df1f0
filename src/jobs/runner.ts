import { keepJobCompletionsThroughOutages } from "./pg-boss-outage.js";
import { EventEmitter, once } from "node:events";
import PgBoss from "pg-boss";
import { oneInstanceAtATime } from "../db/index.js";
import type { Logger } from "pino";
import type { SweepResult } from "../domain/sla/sweep.js";

// Durable timers through pg-boss (its own schema in the same database). The SLA clocks themselves
// live on the tickets (next_sla_check_at); pg-boss makes sure one sweep at a time runs across all
// instances ("stately": at most one queued and one active), survives restarts, and retries.

export const SLA_SWEEP = "sla-sweep";
export const DAILY_DIGEST = "daily-digest";
export const QA_SAMPLE = "qa-sample";
export const RETENTION = "retention";
export const ANALYTICS_SUMMARY = "analytics-summary";

export interface JobRunnerOptions {
  databaseUrl: string;
  log: Logger;
  sweep: () => Promise<SweepResult>;
  /** How often this instance asks for a sweep; duplicates across instances collapse into one job. */
  sweepSeconds: number;
  digest?: { run: () => Promise<unknown>; hour: number; timeZone: string };
  /**
   * The day's conversations for quality review: a job of its own beside the digest, so a digest
   * that fails (and its retries) neither skips nor repeats it; the sampling tops up to its daily
   * limit when run again.
   */
  qaSample?: { run: () => Promise<unknown>; hour: number; timeZone: string };
  /** Trims the tables that grow with traffic (jobs/retention.ts); a cron schedule, once across instances. */
  retention?: { run: () => Promise<unknown>; cron: string };
  /** Per-day summaries of the numbers (domain/analytics/daily-summary.ts); a cron schedule, once across instances. */
  analyticsSummary?: { run: () => Promise<unknown>; cron: string };
  /** Connections of the job queue's own pool. */
  poolSize?: number;
}

export class JobRunner {
  private boss?: PgBoss;
  private timer?: NodeJS.Timeout;
  private readonly events = new EventEmitter();

  constructor(private readonly o: JobRunnerOptions) {}

  async start(): Promise<void> {
    keepJobCompletionsThroughOutages(this.o.log);
    const boss = new PgBoss({ connectionString: this.o.databaseUrl, schema: "pgboss", max: this.o.poolSize ?? 2 });
    boss.on("error", (err: Error) => this.o.log.error({ err }, "job queue error"));
    await boss.start();
    // Instances starting together would create the same queues at once, and pg-boss's queue
    // creation (a table partition each) deadlocks against itself: one instance at a time.
    const queues: Array<[string, PgBoss.Queue]> = [[SLA_SWEEP, { name: SLA_SWEEP, policy: "stately", retryLimit: 3 }]];
    if (this.o.digest) queues.push([DAILY_DIGEST, { name: DAILY_DIGEST, policy: "stately", retryLimit: 2 }]);
    if (this.o.qaSample) queues.push([QA_SAMPLE, { name: QA_SAMPLE, policy: "stately", retryLimit: 2 }]);
    if (this.o.retention) queues.push([RETENTION, { name: RETENTION, policy: "stately", retryLimit: 2 }]);
    if (this.o.analyticsSummary) queues.push([ANALYTICS_SUMMARY, { name: ANALYTICS_SUMMARY, policy: "stately", retryLimit: 2 }]);
    await oneInstanceAtATime(this.o.databaseUrl, async () => {
      for (const [name, options] of queues) if (!(await boss.getQueue(name))) await boss.createQueue(name, options);
    });
    await boss.work(SLA_SWEEP, { pollingIntervalSeconds: 1 }, async () => {
      const result = await this.o.sweep();
      if (result.events) this.o.log.info(result, "SLA sweep applied events");
      this.events.emit("swept", result);
    });
    if (this.o.digest) {
      const digest = this.o.digest;
      // A cron schedule lives in PostgreSQL: one digest a day however many instances run.
      await boss.schedule(DAILY_DIGEST, `0 ${digest.hour} * * *`, {}, { tz: digest.timeZone });
      await boss.work(DAILY_DIGEST, async () => {
        await digest.run();
      });
    }
    if (this.o.qaSample) {
      const sample = this.o.qaSample;
      await boss.schedule(QA_SAMPLE, `0 ${sample.hour} * * *`, {}, { tz: sample.timeZone });
      await boss.work(QA_SAMPLE, async () => {
        await sample.run();
      });
    }
    if (this.o.retention) {
      const retention = this.o.retention;
      await boss.schedule(RETENTION, retention.cron, {});
      await boss.work(RETENTION, async () => {
        await retention.run();
      });
    }
    if (this.o.analyticsSummary) {
      const summary = this.o.analyticsSummary;
      await boss.schedule(ANALYTICS_SUMMARY, summary.cron, {});
      await boss.work(ANALYTICS_SUMMARY, async () => {
        await summary.run();
      });
      // A desk upgraded with a long history gets its summaries now rather than at the next tick.
      await boss.send(ANALYTICS_SUMMARY, {}, { singletonKey: "start" });
    }
    this.boss = boss;
    this.timer = setInterval(() => void this.requestSweep(), this.o.sweepSeconds * 1000);
    this.timer.unref();
    await this.requestSweep();
  }

  async requestSweep(): Promise<void> {
    await this.boss?.send(SLA_SWEEP, {}, { singletonKey: "sla" }).catch((err: unknown) => this.o.log.warn({ err }, "could not queue an SLA sweep"));
  }

  /** Queues a sweep and resolves with what the next finished sweep did (tests, admin tools). */
  async sweepNow(): Promise<SweepResult> {
    const done = once(this.events, "swept") as Promise<[SweepResult]>;
    await this.requestSweep();
    return (await done)[0];
  }

  /** Stops asking for sweeps and lets a sweep in progress finish. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.boss?.stop({ graceful: true, timeout: 10_000, wait: true });
    this.boss = undefined;
  }
}
