import { spawn } from "node:child_process";
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { seededRng, type Rng } from "./fuzz.js";
import { ROOT } from "./process.js";

// A bad day at Telegram, between the desk and the Bot API emulator: while a storm is on, calls
// are answered 429 (with retry_after), 500, or have their connection cut, before they reach the
// emulator. Faulted calls never reach it, so whatever arrives there arrived once per success.
// It runs as a process of its own (spawnFaultProxy), so that its clock is not the desk's: a stall
// of the test process cannot make calls look closer together than they left.

export interface ProxyCall {
  at: number;
  method: string;
  chatId?: string;
  text?: string;
  outcome: "forwarded" | "429" | "500" | "reset";
}

export interface FaultProxy {
  /** API root to give the desk (TELEGRAM_API_ROOT). */
  apiRoot: string;
  calls: ProxyCall[];
  storm(on: boolean): void;
  stop(): Promise<void>;
}

export interface FaultMix {
  tooMany: number;
  serverError: number;
  reset: number;
  retryAfterSeconds: number;
}

const SENDS = /^(send|edit|copy|forward|answerCallbackQuery|deleteMessage)/;

export async function startFaultProxy(upstream: string, rng: Rng, mix: FaultMix): Promise<FaultProxy> {
  const target = new URL(upstream);
  const calls: ProxyCall[] = [];
  let storming = false;
  const server: Server = createServer((req, res) => {
    if (req.url === "/__storm/on" || req.url === "/__storm/off") {
      storming = req.url.endsWith("on");
      res.end("ok");
      return;
    }
    if (req.url === "/__calls") {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(calls));
      return;
    }
    // Stamped on arrival, before the body is read: what Telegram's counters would see.
    const arrived = Date.now();
    const method = (req.url ?? "").split("/").pop()?.split("?")[0] ?? "";
    const faulty = storming && SENDS.test(method);
    const roll = rng.next();
    if (faulty && roll < mix.reset) {
      calls.push({ at: arrived, method, outcome: "reset" });
      req.socket.destroy();
      return;
    }
    void readBody(req).then((body) => {
      const parsed = parseBody(req, body);
      const call: ProxyCall = {
        at: arrived,
        method,
        ...(parsed.chatId ? { chatId: parsed.chatId } : {}),
        ...(parsed.text ? { text: parsed.text } : {}),
        outcome: "forwarded",
      };
      calls.push(call);
      if (faulty && roll < mix.reset + mix.tooMany) {
        call.outcome = "429";
        res.writeHead(429, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            ok: false,
            error_code: 429,
            description: `Too Many Requests: retry after ${mix.retryAfterSeconds}`,
            parameters: { retry_after: mix.retryAfterSeconds },
          }),
        );
        return;
      }
      if (faulty && roll < mix.reset + mix.tooMany + mix.serverError) {
        call.outcome = "500";
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false, error_code: 500, description: "Internal Server Error" }));
        return;
      }
      const forward = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: `${target.pathname.replace(/\/$/, "")}${req.url}`,
          headers: { ...req.headers, host: target.host },
        },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      forward.on("error", () => res.destroy());
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}${target.pathname === "/" ? "" : target.pathname.replace(/\/$/, "")}`,
    calls,
    storm(on) {
      storming = on;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", () => resolve(Buffer.concat(chunks)));
  });
}

function parseBody(req: IncomingMessage, body: Buffer): { chatId?: string; text?: string } {
  if (!String(req.headers["content-type"] ?? "").includes("json")) return {};
  try {
    const p = JSON.parse(body.toString("utf8")) as { chat_id?: unknown; text?: unknown };
    return { ...(p.chat_id !== undefined ? { chatId: String(p.chat_id) } : {}), ...(typeof p.text === "string" ? { text: p.text } : {}) };
  } catch {
    return {};
  }
}

export interface RemoteFaultProxy {
  apiRoot: string;
  storm(on: boolean): Promise<void>;
  calls(): Promise<ProxyCall[]>;
  stop(): Promise<void>;
}

/** The proxy in a child process of its own; resolves once it listens. */
export async function spawnFaultProxy(upstream: string, seed: number, mix: FaultMix): Promise<RemoteFaultProxy> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/fault-proxy.ts", upstream, String(seed), JSON.stringify(mix)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const apiRoot = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", (line) => resolve(line.trim()));
    child.once("exit", (code) => reject(new Error(`fault proxy exited with ${code}`)));
  });
  const control = new URL(apiRoot).origin;
  return {
    apiRoot,
    async storm(on) {
      await fetch(`${control}/__storm/${on ? "on" : "off"}`);
    },
    async calls() {
      return (await (await fetch(`${control}/__calls`)).json()) as ProxyCall[];
    },
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [upstream, seed, mix] = process.argv.slice(2) as [string, string, string];
  const proxy = await startFaultProxy(upstream, seededRng(Number(seed)), JSON.parse(mix) as FaultMix);
  console.log(proxy.apiRoot);
  process.on("SIGTERM", () => void proxy.stop().then(() => process.exit(0)));
}
