import { readFileSync } from "node:fs";
import type pg from "pg";

/**
 * CPU time (ms) used so far by the database server's processes serving `database` (Linux /proc,
 * a server on this machine), so a benchmark can report what a request costs whatever the load.
 */
export async function backendCpuMs(client: pg.Client, database: string): Promise<number> {
  const pids = (await client.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [database])).rows;
  // A backend that ended since the last reading keeps what it was last seen to use: the total
  // never goes down (it did, when a connection closed between two readings).
  const seen = seenTicks.get(database) ?? new Map<number, number>();
  seenTicks.set(database, seen);
  for (const { pid } of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      seen.set(pid, Number(fields[11]) + Number(fields[12])); // utime, stime
    } catch {
      // A server on another machine, or a backend that has gone: not counted.
    }
  }
  let ticks = 0;
  for (const t of seen.values()) ticks += t;
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** The CPU ticks each backend of a database was last seen to have used. */
const seenTicks = new Map<string, Map<number, number>>();
