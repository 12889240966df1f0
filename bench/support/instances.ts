import { spawn, type ChildProcess } from "node:child_process";
import { ROOT, freePort } from "../../tests/helpers/process.js";

// Several desks as separate processes on one database, the way a deployment runs N instances.

export interface Instances {
  urls: string[];
  stop(): Promise<void>;
}

export async function startInstances(n: number, env: Record<string, string>): Promise<Instances> {
  const children: ChildProcess[] = [];
  const urls: string[] = [];
  try {
    await Promise.all(
      Array.from({ length: n }, async () => {
        const port = await freePort();
        const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
          cwd: ROOT,
          env: {
            PATH: process.env.PATH ?? "",
            HOME: process.env.HOME ?? "/tmp",
            NODE_ENV: "production",
            LOG_LEVEL: "error",
            PORT: String(port),
            HOST: "127.0.0.1",
            SERVE_WEBAPP: "false",
            ...env,
          },
          stdio: ["ignore", "ignore", "inherit"],
        });
        children.push(child);
        const url = `http://127.0.0.1:${port}`;
        await new Promise<void>((resolve, reject) => {
          const poll = setInterval(() => {
            fetch(`${url}/readyz`)
              .then((r) => {
                if (r.ok) {
                  clearInterval(poll);
                  resolve();
                }
              })
              .catch(() => undefined);
          }, 200);
          child.once("exit", (code) => {
            clearInterval(poll);
            reject(new Error(`a desk instance exited (${code}) before it was ready`));
          });
        });
        urls.push(url);
      }),
    );
  } catch (err) {
    for (const c of children) c.kill("SIGKILL");
    throw err;
  }
  return {
    urls,
    async stop() {
      await Promise.all(
        children.map((c) => (c.exitCode !== null ? Promise.resolve() : new Promise<void>((resolve) => (c.once("exit", () => resolve()), c.kill("SIGTERM"))))),
      );
    },
  };
}
