import { pathToFileURL } from "node:url";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { databaseOptions, prepareDatabase } from "./db/prepare.js";
import type { RunningDesk } from "./desk.js";
import { createLogger } from "./log.js";

// The process's entry point (`npm start`). It imports only what reading the configuration and
// starting the database need, begins that, and loads the desk (a few hundred modules) while
// PostgreSQL starts in its own process and the migrator waits on it: the two used to run one
// after the other. The desk itself is composed in desk.ts.

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config);
  // Signals are heard from the start: one that arrives while the desk is starting stops it as
  // soon as it has started (the default would end the process at once and leave the embedded
  // PostgreSQL running, for the next start to find and stop).
  let desk: RunningDesk | undefined;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    const force = setTimeout(() => {
      log.error("shutdown took too long; exiting");
      process.exit(1);
    }, 15_000);
    force.unref();
    if (desk) void stopAndExit(desk);
  };
  const stopAndExit = (running: RunningDesk) =>
    running.stop().then(
      () => {
        log.info("stopped");
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, "could not stop cleanly");
        process.exit(1);
      },
    );
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  const preparedDatabase = prepareDatabase(databaseOptions(config, log));
  preparedDatabase.catch(() => undefined); // start() awaits it and reports a failure
  const { start } = await import("./desk.js");
  desk = await start(config, { log, preparedDatabase }).catch((err) => {
    log.fatal({ err }, `could not start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
  if (stopping) await stopAndExit(desk);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
