import { resolve } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../src/db/embedded.js";
import { freePort } from "../../tests/helpers/process.js";

/** A fresh database for one benchmark: on DATABASE_URL's server when set, else embedded. */
export async function benchDatabase(name: string) {
  const embedded = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres(resolve(import.meta.dirname, "../../.data/bench-postgres"), await freePort());
  const admin = process.env.DATABASE_URL ?? embedded!.url("postgres");
  const database = `bench_${name}_${Date.now()}`;
  const run = async (sql: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  await run(`CREATE DATABASE "${database}"`);
  const url = new URL(admin);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    async drop() {
      await run(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await embedded?.stop();
    },
  };
}
