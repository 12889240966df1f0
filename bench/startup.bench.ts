// Cold start of the built server to /readyz = 200 on an existing embedded-database folder, and
// the resident memory of the Node process once ready.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { freePort } from "../tests/helpers/process.js";
import { percentile, round, type Benchmark } from "./types.js";

const ROOT = resolve(import.meta.dirname, "..");
const RUNS = 5;

async function startOnce(env: Record<string, string>): Promise<{ readyMs: number; rssMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["dist/main.js"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", LOG_LEVEL: "warn", ...env },
    stdio: "ignore",
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${env.PORT}/readyz`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      if (child.exitCode !== null) throw new Error("the server exited before it was ready");
      await new Promise((r) => setTimeout(r, 5));
    }
    const readyMs = performance.now() - started;
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return { readyMs, rssMb: rssKb / 1024 };
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

export const startup: Benchmark = {
  name: "startup",
  async run() {
    // Always measure the current code: build first (a stale dist would measure yesterday).
    const built = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
    if (built.status !== 0) throw new Error("npm run build failed");
    const env = {
      PORT: String(await freePort()),
      HOST: "127.0.0.1",
      EMBEDDED_PG_DIR: resolve(ROOT, ".data/bench-postgres"),
      EMBEDDED_PG_PORT: String(await freePort()),
    };
    await startOnce(env); // creates the data folder and applies migrations: not what is measured
    const ready: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await startOnce(env);
      ready.push(r.readyMs);
      rss.push(r.rssMb);
    }
    ready.sort((a, b) => a - b);
    rss.sort((a, b) => a - b);
    return [
      { name: "startup_ready_ms", value: round(percentile(ready, 50)), unit: "ms", target: "< 1000" },
      { name: "startup_rss_MB", value: round(percentile(rss, 50)), unit: "MB", target: "< 200" },
    ];
  },
};
