import type pg from "pg";
import type { Prisma } from "./generated/client.js";
import { hot, type Sql } from "./sql.js";

// A transaction on one connection of the node-postgres pool, for a hot path whose statements are
// all plain SQL. Prisma's interactive transaction costs the desk more CPU than the statements in
// it (a new ticket's opening, profiled: about a third of the desk's CPU per ticket went to Prisma
// for two statements and the transaction around them).

/** An open plain-SQL transaction. Its statements are prepared by their text, as `readRows`' are. */
export class SqlTransaction {
  constructor(
    private readonly pool: Sql,
    private readonly connection: pg.PoolClient,
  ) {}

  /** The rows of a statement written with `Prisma.sql` (parameters and fragments as Prisma takes them). */
  async rows<T>(query: Prisma.Sql): Promise<T[]> {
    // A moment goes as UTC text, as Prisma sends it (node-postgres would send local time).
    return this.query<T>(
      query.text,
      query.values.map((v) => (v instanceof Date ? v.toISOString() : v)),
    );
  }

  /** The rows of a statement with $1.. parameters. */
  async query<T>(text: string, values: readonly unknown[]): Promise<T[]> {
    return (await this.connection.query(hot(this.pool, text, values as unknown[]))).rows as T[];
  }
}

/** Runs `fn` in a transaction on a connection of `pool`: committed when it returns, rolled back when it throws. */
export async function inSqlTransaction<T>(pool: Sql, fn: (tx: SqlTransaction) => Promise<T>): Promise<T> {
  const connection = await pool.connect();
  let broken: Error | undefined;
  try {
    await connection.query("BEGIN");
    try {
      const result = await fn(new SqlTransaction(pool, connection));
      await connection.query("COMMIT");
      return result;
    } catch (err) {
      // A connection that cannot even roll back is not given back to the pool for the next caller.
      await connection.query("ROLLBACK").catch((e: unknown) => (broken = e instanceof Error ? e : new Error(String(e))));
      throw err;
    }
  } finally {
    connection.release(broken);
  }
}
