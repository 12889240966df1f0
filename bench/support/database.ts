import { resolve } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../src/db/embedded.js";
import { freePort } from "../../tests/helpers/process.js";

// One embedded server per process, shared by the databases that are alive at once: starting a
// second one on the same data folder stops the first (a leftover, as far as it can tell), and a
// benchmark that opens a database inside another's lifetime (outbox's intake comparison) lost
// the outer one's server under its feet.
let embeddedServer: { server: Promise<EmbeddedDatabase>; users: number } | undefined;

async function acquireEmbedded(): Promise<EmbeddedDatabase> {
  embeddedServer ??= {
    server: freePort().then((port) => startEmbeddedPostgres(resolve(import.meta.dirname, "../../.data/bench-postgres"), port)),
    users: 0,
  };
  embeddedServer.users++;
  return embeddedServer.server;
}

async function releaseEmbedded(): Promise<void> {
  if (!embeddedServer || --embeddedServer.users > 0) return;
  const { server } = embeddedServer;
  embeddedServer = undefined;
  await (await server).stop();
}

/** A fresh database for one benchmark: on DATABASE_URL's server when set, else embedded. */
export async function benchDatabase(name: string) {
  const embedded = process.env.DATABASE_URL ? undefined : await acquireEmbedded();
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
      if (embedded) await releaseEmbedded();
    },
  };
}
