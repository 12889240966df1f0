import { resolve } from "node:path";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { EmbeddedDatabase } from "./embedded.js";
import { applyMigrations } from "./migrate.js";

// The part of opening the database that needs neither Prisma nor the rest of the desk: starting
// the embedded server when no address is given, and applying migrations. Kept light so that the
// process can begin it first and load the desk's code while PostgreSQL starts (a process of its
// own) and the migrator waits on it.

export const MIGRATIONS_DIR = resolve(import.meta.dirname, "../../prisma/migrations");

export interface PrepareDatabaseOptions {
  databaseUrl?: string;
  embeddedDir: string;
  embeddedPort: number;
  log: Pick<Logger, "info" | "warn" | "debug" | "child">;
  /** A direct (session) address of the same database, when databaseUrl is a transaction pooler. */
  directUrl?: string;
}

export interface PreparedDatabase {
  /** Where the pool connects. */
  url: string;
  /** Where session-state connections go (the direct server behind a transaction pooler). */
  sessionUrl: string;
  /** The embedded server, when this process started one. */
  embedded?: EmbeddedDatabase;
}

/** Where the configuration says the database is. */
export function databaseOptions(config: Config, log: PrepareDatabaseOptions["log"]): PrepareDatabaseOptions {
  return {
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
    embeddedDir: config.EMBEDDED_PG_DIR,
    embeddedPort: config.EMBEDDED_PG_PORT,
    ...(config.DATABASE_DIRECT_URL ? { directUrl: config.DATABASE_DIRECT_URL } : {}),
    log,
  };
}

/** Starts the embedded server when no URL is given, and applies pending migrations. */
export async function prepareDatabase(opts: PrepareDatabaseOptions): Promise<PreparedDatabase> {
  // The embedded server is an optional dependency (the production image leaves it out): loaded
  // only when no DATABASE_URL is given.
  const embedded = opts.databaseUrl
    ? undefined
    : await (await loadEmbedded()).startEmbeddedPostgres(opts.embeddedDir, opts.embeddedPort, opts.log.child({ module: "embedded-pg" }));
  const url = opts.databaseUrl ?? embedded!.url();
  const sessionUrl = (opts.databaseUrl && opts.directUrl) || url;
  try {
    const { applied } = await applyMigrations(sessionUrl, MIGRATIONS_DIR);
    if (applied.length) opts.log.info({ applied }, "applied database migrations");
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  return { url, sessionUrl, ...(embedded ? { embedded } : {}) };
}

async function loadEmbedded(): Promise<typeof import("./embedded.js")> {
  try {
    return await import("./embedded.js");
  } catch (err) {
    throw new Error(
      "DATABASE_URL is not set and the embedded PostgreSQL is not installed (it is an optional dependency, " +
        "left out of production images). Set DATABASE_URL to your PostgreSQL server, or run npm install with optional dependencies." +
        (err instanceof Error ? ` (${err.message})` : ""),
    );
  }
}
