import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { Db, Sql } from "../db/index.js";
import type { Clock } from "../domain/shared/clock.js";
import type { DeskSettings } from "../domain/tickets/tickets.js";
import type { Notifier } from "../domain/notifications.js";
import type { Texts } from "../i18n/index.js";
import type { ExperimentTexts } from "../domain/experiments/texts.js";

/** What the bot adapter needs from the rest of the program. */
export interface BotDeps {
  config: Config;
  db: Db;
  sql: Sql;
  clock: Clock;
  settings: DeskSettings;
  notifier: Notifier;
  texts: Texts;
  log: Logger;
  /** Experiment variants and shipped texts (absent: everyone sees the usual texts). */
  experimentTexts?: ExperimentTexts;
}
