// Everything `npm test` needs on a fresh machine, done before vitest starts: the generated Prisma
// client, a type check, lint and the format check, the built Mini App, and a Chromium for the
// browser tests.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

interface Check {
  name: string;
  cmd: string;
  args: string[];
}

/**
 * Runs the checks side by side, as many at a time as there are cores (each of tsc, eslint and
 * Prettier uses one), the longest first. Each one's output is held and printed whole when it ends,
 * so that two checks' messages never interleave. Resolves with the first failure's exit code.
 */
async function runSideBySide(checks: Check[]): Promise<number> {
  const queue = [...checks];
  let failed = 0;
  const one = async (check: Check) => {
    const started = Date.now();
    const child = spawn(check.cmd, check.args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    const code = await new Promise<number>((done) => {
      child.once("error", (err) => {
        output.push(Buffer.from(`${String(err)}\n`));
        done(1);
      });
      child.once("close", (status) => done(status ?? 1));
    });
    process.stdout.write(Buffer.concat(output));
    console.log(`${code === 0 ? "ok" : "FAILED"}: ${check.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (code !== 0 && !failed) failed = code;
  };
  const lanes = Math.max(2, availableParallelism());
  await Promise.all(
    Array.from({ length: Math.min(lanes, queue.length) }, async () => {
      for (let check = queue.shift(); check; check = queue.shift()) await one(check);
    }),
  );
  return failed;
}

// The type check and lint read the generated client: it comes first.
run("npm", ["run", "--silent", "db:generate"]);
const failed = await runSideBySide([
  // The rules of the house that types cannot check (layers, cycles, promises), and the one format.
  { name: "lint", cmd: "npm", args: ["run", "--silent", "lint"] },
  { name: "typecheck", cmd: "npm", args: ["run", "--silent", "typecheck"] },
  { name: "Mini App build", cmd: resolve(root, "node_modules/.bin/vite"), args: ["build", "--config", "webapp/vite.config.ts", "--logLevel", "warn"] },
  { name: "format check", cmd: "npm", args: ["run", "--silent", "format:check"] },
]);
if (failed) process.exit(failed);

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
if (!CHROMIUM_CANDIDATES.some((p) => p && existsSync(p))) {
  // Debian's package is the browser that works offline here (Playwright's own download does not).
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("Installing Chromium for the browser tests (apt-get install chromium)...");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-noto-core"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } else {
    console.error("The browser tests need Chromium: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.");
    process.exit(1);
  }
}
