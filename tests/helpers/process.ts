import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { createInterface } from "node:readline";

export const ROOT = resolve(import.meta.dirname, "../..");

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
  });
}

export interface DeskProcess {
  child: ChildProcess;
  lines: string[];
  /** Resolves with the first output line matching, rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
}

/**
 * Runs `src/main.ts` as its own process, the way `npm start` runs the built one. `detached` puts
 * it in a process group of its own, so that {@link killDeskGroup} takes everything it started.
 */
export function spawnDesk(env: Record<string, string>, opts: { detached?: boolean } = {}): DeskProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    detached: opts.detached ?? false,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on("line", (line) => {
      lines.push(line);
      for (const l of listeners) l(line);
    });
  }
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  return {
    child,
    lines,
    exited,
    waitFor(pattern, timeoutMs = 60_000) {
      const already = lines.find((l) => pattern.test(l));
      if (already) return Promise.resolve(already);
      return new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`Timed out waiting for ${pattern}; output:\n${lines.join("\n")}`)), timeoutMs);
        const listener = (line: string) => {
          if (!pattern.test(line)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          done(line);
        };
        listeners.add(listener);
        void exited.then((code) => {
          clearTimeout(timer);
          fail(new Error(`Process exited (${code}) before ${pattern}; output:\n${lines.join("\n")}`));
        });
      });
    },
  };
}

/**
 * A desk in its own process group listening on `port`, once its /readyz answers; fails with its
 * last output when it exits before that.
 */
export async function startDeskProcess(env: Record<string, string>, port: number): Promise<DeskProcess> {
  const desk = spawnDesk({ ...env, PORT: String(port), HOST: "127.0.0.1" }, { detached: true });
  let ready = false;
  const polling = (async () => {
    while (!ready) {
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const died = desk.exited.then((code) => {
    throw new Error(`the desk exited (${code}) before it was ready:\n${desk.lines.slice(-20).join("\n")}`);
  });
  try {
    await Promise.race([polling, died]);
  } finally {
    ready = true;
  }
  died.catch(() => undefined);
  return desk;
}

/** SIGKILL to a desk's whole process group, as a crash of the machine would; resolves once it is gone. */
export async function killDeskGroup(desk: DeskProcess | undefined): Promise<void> {
  if (!desk || desk.child.exitCode !== null || desk.child.signalCode !== null) return;
  process.kill(-desk.child.pid!, "SIGKILL");
  await desk.exited;
}
