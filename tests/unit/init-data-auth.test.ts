import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { initDataAuth } from "../../src/api/plugins/init-data-auth.js";
import { signedInitData } from "../helpers/browser.js";
import { TEST_TOKEN } from "../helpers/telegram.js";

// Verified init data is remembered briefly (the Mini App sends the same string with every request);
// what it must never do is let through a string the check itself would refuse.

const MAX_AGE = 600;
let app: FastifyInstance;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-02T09:00:00Z"));
  app = Fastify();
  await app.register(initDataAuth, { botToken: TEST_TOKEN, maxAgeSeconds: MAX_AGE });
  app.get("/who", { onRequest: app.requireTelegramUser }, async (request) => request.telegramUser);
});
afterEach(async () => {
  vi.useRealTimers();
  await app.close();
});

const who = (raw: string) => app.inject({ url: "/who", headers: { authorization: `tma ${raw}` } });

describe("init data sign-in", () => {
  it("takes a string again without its check while it is valid, and refuses it once it has expired", async () => {
    const raw = signedInitData({ id: 42, first_name: "Ann" }, new Date(Date.now() - (MAX_AGE - 30) * 1000));
    const first = await who(raw);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ id: 42, firstName: "Ann" });
    vi.setSystemTime(Date.now() + 20_000);
    expect((await who(raw)).json()).toEqual({ id: 42, firstName: "Ann" });
    // 31 s later than the first request: past the init data's own age limit, though within the
    // minute a verified string is remembered.
    vi.setSystemTime(Date.now() + 11_000);
    const expired = await who(raw);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().reason).toMatch(/expired/);
  });

  it("refuses a string that differs from a verified one in any way", async () => {
    const raw = signedInitData({ id: 42, first_name: "Ann" });
    expect((await who(raw)).statusCode).toBe(200);
    const forged = raw.replace("Ann", "Eve");
    expect(forged).not.toBe(raw);
    const res = await who(forged);
    expect(res.statusCode).toBe(401);
    expect(res.json().reason).toMatch(/signature is invalid/);
  });
});
