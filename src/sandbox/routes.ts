import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { sign } from "@telegram-apps/init-data-node";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { ServerResponse } from "node:http";
import { z } from "zod";
import { SandboxApiError, type BotApiEmulator, type SandboxEvent, type SandboxUser } from "./emulator.js";
import { SANDBOX_AGENT, SANDBOX_SUPERVISOR, type SandboxClock } from "./index.js";
import { TELEGRAM_THEMES } from "../api/telegram-themes.js";

export interface SandboxRouteOptions {
  emulator: BotApiEmulator;
  clock: SandboxClock;
  token: string;
  /** Where the built page lives (webapp/dist/sandbox.html), absent before a build. */
  webappDist: string;
  /** Runs the SLA sweep at once (after the clock moved). */
  sweepNow: () => Promise<unknown>;
}

/** The languages the desk speaks; the customer's phone can be any of them. */
const LANGUAGES = ["en", "ru", "ko", "az", "ar", "th", "zh"] as const;

/** A first name that sounds like the language, so the agent sees who is writing at a glance. */
const NAMES: Record<(typeof LANGUAGES)[number], string[]> = {
  en: ["Alex", "Emma", "Oliver"],
  ru: ["Мария", "Дмитрий", "Анна"],
  ko: ["지민", "서준", "하은"],
  az: ["Leyla", "Murad", "Aysel"],
  ar: ["ليلى", "عمر", "نور"],
  th: ["มะลิ", "ธนา", "ปิยะ"],
  zh: ["李娜", "王伟", "张敏"],
};

const userId = z.coerce.number().int().positive();
const error = z.object({ error: z.string(), reason: z.string() });

/** The page's side of the sandbox: it plays the people; the emulator plays Telegram. */
export async function sandboxRoutes(app: FastifyInstance, o: SandboxRouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Customer ids differ from one start to the next, so a fresh page is a fresh customer even on
  // a database kept from an earlier run.
  let nextCustomer = 2_000_000_000 + (Math.floor(Date.now() / 1000) % 1_000_000) * 1000;
  const streams = new Set<ServerResponse>();

  const known = (id: number): SandboxUser => {
    const user = o.emulator.users.get(id);
    if (!user) throw Object.assign(new Error(`no sandbox user ${id}`), { statusCode: 404 });
    return user;
  };
  const snapshot = () => ({
    bot: { id: o.emulator.bot.id, first_name: o.emulator.bot.first_name, username: o.emulator.bot.username },
    agent: SANDBOX_AGENT,
    supervisor: SANDBOX_SUPERVISOR,
    languages: LANGUAGES,
    users: [...o.emulator.users.values()],
    chats: Object.fromEntries([...o.emulator.users.keys()].map((id) => [id, o.emulator.history(id)])),
    clockOffsetMinutes: Math.round(o.clock.offsetMs / 60_000),
  });
  const emulatorError = (err: unknown) => {
    if (err instanceof SandboxApiError) return { status: err.code === 404 ? 404 : 400, body: { error: "telegram_refused", reason: err.message } };
    throw err;
  };

  app.addHook("preClose", (done) => {
    for (const s of streams) s.end();
    streams.clear();
    done();
  });

  r.get("/sandbox", { schema: { hide: true } }, async (_request, reply) => {
    const page = await readFile(join(o.webappDist, "sandbox.html"), "utf8").catch(() => null);
    if (page === null) {
      return reply
        .code(503)
        .type("text/plain; charset=utf-8")
        .send("The sandbox page is not built yet: run `npm run build` (or `npm start`, which builds first).");
    }
    return reply.header("cache-control", "no-cache").type("text/html; charset=utf-8").send(page);
  });

  // Server-sent events: a snapshot first, then every change in every chat.
  r.get("/sandbox/api/events", { schema: { hide: true } }, (request, reply) => {
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    const write = (e: SandboxEvent | { type: "snapshot"; state: ReturnType<typeof snapshot> } | { type: "clock"; offsetMinutes: number }) =>
      res.write(`data: ${JSON.stringify(e)}\n\n`);
    res.write("retry: 1000\n\n");
    write({ type: "snapshot", state: snapshot() });
    const unsubscribe = o.emulator.subscribe(write);
    const keepAlive = setInterval(() => res.write(": still here\n\n"), 15_000);
    const clockListener = (offsetMinutes: number) => write({ type: "clock", offsetMinutes });
    clockListeners.add(clockListener);
    streams.add(res);
    request.raw.on("close", () => {
      clearInterval(keepAlive);
      unsubscribe();
      clockListeners.delete(clockListener);
      streams.delete(res);
    });
  });
  const clockListeners = new Set<(offsetMinutes: number) => void>();

  r.post(
    "/sandbox/api/customers",
    {
      schema: {
        hide: true,
        body: z.object({ lang: z.enum(LANGUAGES) }),
        response: { 200: z.object({ id: z.number(), first_name: z.string(), language_code: z.string() }) },
      },
    },
    async (request) => {
      const lang = request.body.lang;
      const id = nextCustomer++;
      const names = NAMES[lang];
      const user = o.emulator.addUser({ id, first_name: names[id % names.length]!, language_code: lang });
      return { id: user.id, first_name: user.first_name, language_code: user.language_code };
    },
  );

  r.post(
    "/sandbox/api/send",
    {
      bodyLimit: 6 * 1024 * 1024,
      schema: {
        hide: true,
        body: z
          .object({
            userId,
            text: z.string().max(4096).optional(),
            replyTo: z.number().int().positive().optional(),
            // A picture as a data: URL (the page shrinks it first).
            photo: z
              .string()
              .regex(/^data:image\/(jpeg|png|webp|gif);base64,[A-Za-z0-9+/=]+$/)
              .max(5_500_000)
              .optional(),
            caption: z.string().max(1024).optional(),
          })
          .refine((b) => Boolean(b.text?.trim()) || Boolean(b.photo), "a message needs text or a photo"),
        response: { 200: z.object({ messageId: z.number() }), 400: error, 404: error },
      },
    },
    async (request, reply) => {
      const b = request.body;
      known(b.userId);
      const photo = b.photo
        ? { mime: b.photo.slice(5, b.photo.indexOf(";")), bytes: Buffer.from(b.photo.slice(b.photo.indexOf(",") + 1), "base64") }
        : undefined;
      try {
        const m = o.emulator.userSends(b.userId, {
          ...(b.text ? { text: b.text } : {}),
          ...(b.replyTo ? { replyTo: b.replyTo } : {}),
          ...(photo ? { photo } : {}),
          ...(b.caption ? { caption: b.caption } : {}),
        });
        return { messageId: m.message_id };
      } catch (err) {
        const e = emulatorError(err);
        return reply.code(e.status as 400).send(e.body);
      }
    },
  );

  r.post(
    "/sandbox/api/press",
    {
      schema: {
        hide: true,
        body: z.object({ userId, messageId: z.number().int().positive(), data: z.string().min(1).max(64) }),
        response: { 200: z.object({ ok: z.boolean() }), 400: error, 404: error },
      },
    },
    async (request, reply) => {
      known(request.body.userId);
      try {
        o.emulator.userPresses(request.body.userId, request.body.messageId, request.body.data);
        return { ok: true };
      } catch (err) {
        const e = emulatorError(err);
        return reply.code(e.status as 400).send(e.body);
      }
    },
  );

  r.get("/sandbox/api/file/:id", { schema: { hide: true, params: z.object({ id: z.string().regex(/^[\w-]{1,80}$/) }) } }, async (request, reply) => {
    const file = o.emulator.file(request.params.id);
    if (!file) return reply.code(404).send({ error: "not_found", reason: "no such file in the sandbox" });
    return reply.header("content-type", file.mime).header("cache-control", "private, max-age=3600").send(file.bytes);
  });

  // The Mini App as Telegram opens it: launch parameters in the hash, init data signed with the
  // bot's token for this person, so the API checks it exactly as in production.
  r.post(
    "/sandbox/api/webapp",
    {
      schema: {
        hide: true,
        body: z.object({
          userId,
          path: z
            .string()
            .regex(/^\/[\w/?=&%.-]*$/)
            .max(200)
            .default("/"),
        }),
        response: { 200: z.object({ url: z.string() }), 404: error },
      },
    },
    async (request) => {
      const user = known(request.body.userId);
      const initData = sign(
        {
          user: {
            id: user.id,
            first_name: user.first_name,
            language_code: user.language_code,
            ...(user.username ? { username: user.username } : {}),
            allows_write_to_pm: true,
          },
          chat_type: "sender",
          chat_instance: String(user.id),
        } as never,
        o.token,
        new Date(),
      );
      const hash = new URLSearchParams({
        tgWebAppData: initData,
        tgWebAppVersion: "8.0",
        tgWebAppPlatform: "weba",
        tgWebAppThemeParams: JSON.stringify(TELEGRAM_THEMES.light),
      });
      return { url: `${request.body.path}#${hash.toString()}` };
    },
  );

  // "Later": moves the desk's clock forward and runs the SLA sweep at once, so a breach, a
  // reminder or a follow-up is seen without waiting for it.
  r.post(
    "/sandbox/api/clock",
    {
      schema: {
        hide: true,
        body: z.object({
          minutes: z
            .number()
            .int()
            .min(1)
            .max(7 * 24 * 60),
        }),
        response: { 200: z.object({ offsetMinutes: z.number(), now: z.string() }) },
      },
    },
    async (request) => {
      o.clock.advance(request.body.minutes * 60_000);
      const offsetMinutes = Math.round(o.clock.offsetMs / 60_000);
      for (const l of clockListeners) l(offsetMinutes);
      await o.sweepNow();
      return { offsetMinutes, now: o.clock.now().toISOString() };
    },
  );
}
