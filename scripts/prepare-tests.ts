// Everything `npm test` needs on a fresh machine, done before vitest starts: the generated Prisma
// client, a type check, lint and the format check, the built Mini App, and a Chromium for the
// browser tests.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run("npm", ["run", "--silent", "db:generate"]);
run("npm", ["run", "--silent", "typecheck"]);
// The rules of the house that types cannot check (layers, cycles, promises), and the one format.
run("npm", ["run", "--silent", "lint"]);
run("npm", ["run", "--silent", "format:check"]);
run(resolve(root, "node_modules/.bin/vite"), ["build", "--config", "webapp/vite.config.ts", "--logLevel", "warn"]);

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
