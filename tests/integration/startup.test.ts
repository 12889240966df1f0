import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, spawnDesk } from "../helpers/process.js";

const dataDir = mkdtempSync(join(tmpdir(), "desk-start-"));
// PostgreSQL runs as its own OS user when the tests run as root: it must be able to enter the folder.
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("starting the product as `npm start` does", () => {
  it("starts on an embedded PostgreSQL without any set-up, stops cleanly, and starts again", async () => {
    const pgDir = join(dataDir, "pg");
    const env = { EMBEDDED_PG_DIR: pgDir, EMBEDDED_PG_PORT: String(await freePort()), PORT: String(await freePort()), HOST: "127.0.0.1" };

    const first = spawnDesk(env);
    await first.waitFor(/support desk is ready/);
    // Without a token it says once, plainly, how to get one.
    expect(first.lines.filter((l) => l.includes("BOT_TOKEN is not set"))).toHaveLength(1);
    expect(first.lines.join("\n")).toContain("@BotFather");
    const ready = await fetch(`http://127.0.0.1:${env.PORT}/readyz`);
    expect(ready.status).toBe(200);
    const page = await fetch(`http://127.0.0.1:${env.PORT}/`);
    expect(await page.text()).toContain('<div id="root">');
    const postgresPid = Number(readFileSync(join(pgDir, "postmaster.pid"), "utf8").split("\n")[0]);
    expect(isAlive(postgresPid)).toBe(true);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(isAlive(postgresPid)).toBe(false);
    expect(existsSync(join(pgDir, "postmaster.pid"))).toBe(false);

    const second = spawnDesk(env);
    await second.waitFor(/support desk is ready/);
    expect((await fetch(`http://127.0.0.1:${env.PORT}/readyz`)).status).toBe(200);
    second.child.kill("SIGINT");
    expect(await second.exited).toBe(0);
  }, 120_000);

  it("stops cleanly, the embedded PostgreSQL too, when told to while it is still starting", async () => {
    const pgDir = join(dataDir, "pg-early");
    const env = { EMBEDDED_PG_DIR: pgDir, EMBEDDED_PG_PORT: String(await freePort()), PORT: String(await freePort()), HOST: "127.0.0.1" };
    const desk = spawnDesk(env);
    // Said half-way through starting: the database is up, the HTTP server not yet.
    await desk.waitFor(/BOT_TOKEN is not set/);
    const postgresPid = Number(readFileSync(join(pgDir, "postmaster.pid"), "utf8").split("\n")[0]);
    desk.child.kill("SIGTERM");
    expect(await desk.exited).toBe(0);
    expect(isAlive(postgresPid)).toBe(false);
    expect(existsSync(join(pgDir, "postmaster.pid"))).toBe(false);
  }, 120_000);

  it("refuses a wrong setting with one line naming the variable", async () => {
    const p = spawnDesk({ PORT: "eighty" });
    expect(await p.exited).toBe(1);
    const output = p.lines.join("\n");
    expect(p.lines).toHaveLength(1);
    expect(output).toMatch(/PORT: .*number/i);
    expect(output).toContain('(got "eighty")');
  });
});
