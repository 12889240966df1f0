import { loadConfig, type Config } from "../../src/config.js";
import type { Clock } from "../../src/domain/shared/clock.js";
import { start, type RunningDesk } from "../../src/desk.js";
import { createTestDatabase, type TestDatabase } from "./database.js";
import { startEmulator, TEST_BOT_INFO, TEST_TOKEN, type Emulator } from "./telegram.js";
import pino from "pino";

export interface TestDesk {
  desk: RunningDesk;
  db: TestDatabase;
  emulator?: Emulator;
  /** Stops the process' parts (bot, HTTP, outbox) and starts them again on the same database. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The whole product as `npm start` runs it, on a database and (optionally) an emulator of its own. */
export async function startTestDesk(opts: { bot?: boolean; env?: Record<string, string>; clock?: Clock } = {}): Promise<TestDesk> {
  const db = await createTestDatabase();
  const emulator = opts.bot === false ? undefined : await startEmulator();
  const config: Config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: db.url,
    // Tests run at any hour: quiet hours are switched on only where a test is about them.
    QUIET_HOURS: "none",
    ...(emulator ? { BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: emulator.config.apiURL } : {}),
    ...opts.env,
  });
  const boot = () =>
    start(config, {
      log: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
      botInfo: TEST_BOT_INFO,
      ...(opts.clock ? { clock: opts.clock } : {}),
      // The emulator answers getUpdates at once; pace polling so it does not spin.
      pollingSource: { maxDelayMilliseconds: 20 },
    });
  const handle: TestDesk = {
    desk: await boot(),
    db,
    ...(emulator ? { emulator } : {}),
    async restart() {
      await handle.desk.stop();
      handle.desk = await boot();
    },
    async stop() {
      await handle.desk.stop();
      await emulator?.stop();
      await db.drop();
    },
  };
  return handle;
}
