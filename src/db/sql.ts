import { createHash } from "node:crypto";
import pg from "pg";

// Plain SQL through node-postgres for the few queries every Telegram update makes (idempotency,
// the customer record, conversation state). Prisma's JS query compiler costs several times more
// CPU per query; on these paths that decides how many updates a core can take.

const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    // Prisma stores timestamps as UTC in `timestamp without time zone`.
    if (oid === 1114 && format !== "binary") return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    // bigint ids (Telegram ids) as BigInt, as Prisma returns them.
    if (oid === 20 && format !== "binary") return (value: string) => BigInt(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export type Sql = pg.Pool;

/** Pools whose connections go through a transaction pooler: no statement is prepared by name there. */
const behindPooler = new WeakSet<Sql>();

export interface SqlPoolOptions {
  /**
   * The connections go through a transaction pooler (PgBouncer in transaction mode): a statement
   * prepared by name on one server connection would be missing on the next, so none is.
   */
  transactionPooler?: boolean;
}

export function createSqlPool(connectionString: string, max = 10, opts: SqlPoolOptions = {}): Sql {
  const pool = new pg.Pool({ connectionString, max, types });
  if (opts.transactionPooler) behindPooler.add(pool);
  // An idle connection the server closed (a restart, a failover) is dropped by the pool and the
  // next query opens a new one; without a listener the "error" event would end the process.
  pool.on("error", () => undefined);
  return pool;
}

/**
 * A hot query, prepared by name on each connection (parsed and planned once, not on every call:
 * for the Mini App's page queries planning cost more than running them), except behind a
 * transaction pooler.
 */
export function prepared(pool: Sql, name: string, text: string, values: unknown[]): pg.QueryConfig {
  return behindPooler.has(pool) ? { text, values } : { name, text, values };
}

const statementNames = new Map<string, string>();

/**
 * A statement the desk runs for every update or message, prepared on each connection under a
 * name taken from its text (see `prepared`): PostgreSQL then parses and plans it once per
 * connection instead of on every call, which for the ticket path's statements (CTEs, JSON
 * aggregates, sub-selects) cost it more than running them.
 */
export function hot(pool: Sql, text: string, values: unknown[]): pg.QueryConfig {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `hot_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return prepared(pool, name, text, values);
}

const camelNames = new Map<string, string>();

function camel(name: string): string {
  let c = camelNames.get(name);
  if (c === undefined) {
    c = name.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
    camelNames.set(name, c);
  }
  return c;
}

/** snake_case row -> camelCase object, the shape Prisma returns for the same table. */
export function camelRow<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const k in row) out[camel(k)] = row[k];
  return out as T;
}
