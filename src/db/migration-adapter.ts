import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { CatalogTypePool } from "./catalog-type-pool.js";

// The factory Prisma's WASM schema engine uses for `migrate dev/deploy` (see prisma.config.ts).
// adapter-pg's own shadow-database connection keeps the connection string, which wins over the
// database name in `pg`, so its "shadow" would be the main database; this one connects with
// discrete fields instead.
export function migrationAdapterFactory(connectionString: string) {
  const main = new PrismaPg(new CatalogTypePool({ connectionString }), { disposeExternalPool: true });
  return {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg" as const,
    connect: async () => wholeScripts(await main.connect()),
    async connectToShadowDb() {
      const url = new URL(connectionString);
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client({ connectionString });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadowPool = new CatalogTypePool({
        host: decodeURIComponent(url.hostname),
        port: Number(url.port || 5432),
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
        database: name,
      });
      const adapter = wholeScripts(await new PrismaPg(shadowPool, { disposeExternalPool: true }).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        const cleanup = new pg.Client({ connectionString });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await cleanup.end();
      };
      return adapter;
    },
  };
}

type Connected = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * adapter-pg runs a migration script by splitting it on ";", which breaks on a semicolon in a
 * comment, a string or a function body. PostgreSQL's simple query protocol takes a whole script,
 * so send it whole (as the boot migrator in migrate.ts does).
 */
function wholeScripts(adapter: Connected): Connected {
  const driver = adapter.underlyingDriver() as pg.Pool;
  adapter.executeScript = async (script: string) => {
    try {
      await driver.query(script);
    } catch (err) {
      (adapter as unknown as { onError(e: unknown): never }).onError(err);
    }
  };
  return adapter;
}
