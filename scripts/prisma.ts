// Runs the Prisma CLI so that it works on a machine with no internet and no database installed:
// - engine variables point at a placeholder file, which stops Prisma from downloading native
//   engines it does not need (the client and migrations run on JS/WASM engines);
// - commands that need a database get the embedded PostgreSQL when DATABASE_URL is unset.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const placeholder = resolve(root, ".prisma-placeholder");
if (!existsSync(placeholder)) writeFileSync(placeholder, "placeholder: no native Prisma engine is used\n");

const args = process.argv.slice(2);
const needsDatabase = !["generate", "format", "validate", "version", "--version", "-v", "init"].includes(args[0] ?? "");

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
  PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};

let stop: (() => Promise<void>) | undefined;
if (needsDatabase && !env.DATABASE_URL) {
  const { startEmbeddedPostgres } = await import("../src/db/embedded.js");
  const db = await startEmbeddedPostgres(env.EMBEDDED_PG_DIR ?? resolve(root, ".data/postgres"), Number(env.EMBEDDED_PG_PORT ?? 54329));
  env.DATABASE_URL = db.url();
  stop = db.stop;
  console.error(`Using the embedded PostgreSQL (${env.EMBEDDED_PG_DIR ?? ".data/postgres"}).`);
}
// `generate` only validates that the datasource names a URL.
env.DATABASE_URL ??= "postgresql://unused@localhost:5432/unused";

const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, ...args], { env, stdio: "inherit", cwd: root });
await stop?.();
process.exit(result.status ?? 1);
