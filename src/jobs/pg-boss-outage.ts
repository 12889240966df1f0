import { createRequire } from "node:module";
import type { Logger } from "pino";

// pg-boss 10 marks a finished job complete (or failed) without waiting for the answer. When
// PostgreSQL restarts while a job runs, that write fails as an unhandled rejection (which ends a
// Node process), and the job stays "active": with the SLA sweep's "stately" queue, no sweep would
// run again until pg-boss expired it, a quarter of an hour later. This keeps trying the write
// until the database is back (up to RETRY_FOR_MS), so the sweep carries on by itself after a
// restart and nothing is left unhandled.

const RETRY_FOR_MS = 10 * 60_000;
const PAUSE_MS = 1_000;

type Completion = (this: unknown, ...args: unknown[]) => Promise<unknown>;
let patched = false;

export function keepJobCompletionsThroughOutages(log: Pick<Logger, "warn" | "error">): void {
  if (patched) return;
  patched = true;
  const Manager = createRequire(import.meta.url)("pg-boss/src/manager.js") as { prototype: Record<"complete" | "fail", Completion> };
  for (const name of ["complete", "fail"] as const) {
    const original = Manager.prototype[name];
    Manager.prototype[name] = async function (this: unknown, ...args: unknown[]) {
      const started = Date.now();
      for (let attempt = 1; ; attempt++) {
        try {
          return await original.apply(this, args);
        } catch (err) {
          if (Date.now() - started > RETRY_FOR_MS) {
            log.error({ err, job: args[0] }, `job queue: could not ${name} a job; it will expire and run again`);
            return undefined;
          }
          if (attempt === 1) log.warn({ err: String(err), job: args[0] }, `job queue: could not ${name} a job yet (database away?); trying again`);
          await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
        }
      }
    };
  }
}
