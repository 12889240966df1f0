import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client.js";
import { prepareDatabase, type PrepareDatabaseOptions, type PreparedDatabase } from "./prepare.js";
import { createSqlPool, hot, type Sql } from "./sql.js";
export type { Sql } from "./sql.js";

export type Db = PrismaClient;
export { Prisma } from "./generated/client.js";
import { Prisma } from "./generated/client.js";

/**
 * A moment as the `timestamp` columns hold it (UTC, no zone), for raw SQL: said with its zone and
 * converted by the server, so the session's time zone never shifts it.
 */
export function utcTimestamp(at: Date): Prisma.Sql {
  return Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}
/** A Prisma client or an open transaction: domain functions accept either. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface Database {
  prisma: PrismaClient;
  sql: Sql;
  /**
   * Where connections that keep session state go: LISTEN (the outbox), the job queue, the
   * migrator's advisory lock. The direct server when DATABASE_DIRECT_URL is set (the pool then
   * goes through PgBouncer in transaction mode), else the same as the pool.
   */
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export { MIGRATIONS_DIR } from "./prepare.js";

export interface OpenDatabaseOptions extends PrepareDatabaseOptions {
  poolSize?: number;
  /** The server started and migrated already (the process began it before loading the desk). */
  prepared?: Promise<PreparedDatabase>;
}

/** Connects (starting the embedded server when no URL is given) and applies pending migrations. */
export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  const { url, sessionUrl, embedded } = await (opts.prepared ?? prepareDatabase(opts));
  // One pool for Prisma and the plain-SQL paths: Prisma sets its own type parsers per query, so the
  // two share connections (and the per-instance connection budget) without stepping on each other.
  const sql = createSqlPool(url, opts.poolSize, { transactionPooler: Boolean(opts.databaseUrl && opts.directUrl) });
  const prisma = createPrismaClient(sql);
  sharePool(prisma, sql);
  return {
    prisma,
    sql,
    url: sessionUrl,
    embedded: Boolean(embedded),
    async close() {
      await prisma.$disconnect();
      await sql.end();
      await embedded?.stop();
    },
  };
}

const STARTUP_LOCK = 72_707_370; // next to the migrator's: one seeding instance at a time

/**
 * Runs `fn` while holding a lock that other instances starting at the same moment wait for
 * (seeding default rows checks, then inserts: two at once would collide). A session lock on a
 * connection of its own, to the direct address (a transaction pooler would not keep it).
 */
export async function oneInstanceAtATime<T>(sessionUrl: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: sessionUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK]);
    return await fn();
  } finally {
    await client.end().catch(() => undefined);
  }
}

// The pool a Prisma client runs on, when it is one node-postgres pool the desk also reads through.
const pools = new WeakMap<object, Sql>();

/** Lets the hot reads and writes of `readRows` on `client` go through `sql` (the pool it runs on). */
export function sharePool(client: PrismaClient, sql: Sql): void {
  pools.set(client, sql);
}

/**
 * A hot statement's rows (text with $1.. parameters; always the same text, as it is prepared by
 * it). Through the node-postgres pool the client shares when it has one, prepared on each
 * connection (`hot`): a statement through Prisma's raw API costs several times the CPU of the same
 * statement through pg. A transaction (or any other client) runs it through Prisma, on its own
 * connection. Parameters are strings, numbers, booleans or null: timestamps as ISO text cast
 * in the SQL (`($1::timestamptz AT TIME ZONE 'UTC')`), bigints as text cast `::bigint`, lists of
 * numbers cast `::int[]`, so both paths read them alike.
 */
export async function readRows<T>(db: DbClient, text: string, values: ReadonlyArray<string | number | boolean | null | readonly number[]>): Promise<T[]> {
  const sql = pools.get(db);
  if (sql) return (await sql.query(hot(sql, text, values as unknown[]))).rows as T[];
  return db.$queryRawUnsafe<T[]>(text, ...values);
}

/**
 * The rows of one statement written with `Prisma.sql`, run as `readRows` runs its statements:
 * prepared on the pool `db` shares when it is the client itself, through Prisma in a transaction
 * or without such a pool.
 */
export async function statementRows<T>(db: DbClient, query: Prisma.Sql): Promise<T[]> {
  // A moment goes as UTC text, as Prisma sends it (node-postgres would send local time); a bigint
  // goes as both drivers send one, as its digits.
  const values = query.values.map((v) => (v instanceof Date ? v.toISOString() : v));
  return readRows<T>(db, query.text, values as Parameters<typeof readRows>[2]);
}

export function createPrismaClient(connection: string | Sql, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(typeof connection === "string" ? { connectionString: connection, max } : connection) });
}
