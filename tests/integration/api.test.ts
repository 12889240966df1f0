import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInitData } from "../helpers/browser.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";

let t: TestDesk;
beforeAll(async () => {
  t = await startTestDesk();
});
afterAll(async () => {
  await t?.stop();
});

describe("HTTP API", () => {
  it("answers liveness and readiness", async () => {
    expect((await t.desk.app.inject({ url: "/healthz" })).json()).toEqual({ status: "ok" });
    const ready = await t.desk.app.inject({ url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: "ok" });
  });

  it("signs the customer in with Telegram init data", async () => {
    const initData = signedInitData({ id: 777, first_name: "Zoë <b>", language_code: "ru" });
    const res = await t.desk.app.inject({ url: "/api/me", headers: { authorization: `tma ${initData}` } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      user: { telegramId: "777", firstName: "Zoë <b>", lastName: null, username: null, languageCode: "ru" },
      settings: { languageCode: "ru", timeZone: "UTC", notificationsEnabled: true, consentAt: null },
    });
    expect(res.json().languages).toEqual(expect.arrayContaining(["en", "ru", "ar", "zh"]));
    expect(await t.db.prisma.customer.count({ where: { telegramId: 777n } })).toBe(1);
  });

  it.each([
    ["no header", undefined, /Missing Telegram init data/],
    ["another scheme", "Bearer abc", /Missing Telegram init data/],
    ["a forged signature", `tma ${signedInitData({ id: 1, first_name: "Eve" }, new Date(), "999:another-bots-token-abcdefghijkl")}`, /signature is invalid/],
    ["expired init data", `tma ${signedInitData({ id: 1, first_name: "Eve" }, new Date(Date.now() - 2 * 86_400_000))}`, /expired/],
    ["garbage", "tma %%%not-init-data", /malformed|invalid/],
  ])("refuses %s with 401 and a reason", async (_name, header, reason) => {
    const res = await t.desk.app.inject({ url: "/api/me", headers: header ? { authorization: header } : {} });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toBe("unauthorized");
    expect(res.json().reason).toMatch(reason);
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const res = await t.desk.app.inject({ url: "/api/nothing-here" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: "not_found", reason: "No route for GET /api/nothing-here" });
  });

  it("serves the Mini App with client-side routes", async () => {
    const index = await t.desk.app.inject({ url: "/" });
    expect(index.statusCode).toBe(200);
    expect(index.headers["content-type"]).toContain("text/html");
    expect(index.headers["cache-control"]).toBe("no-cache");
    const deep = await t.desk.app.inject({ url: "/tickets/10001" });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toBe(index.body);
  });

  it("publishes its OpenAPI description", async () => {
    const res = await t.desk.app.inject({ url: "/docs/json" });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain("/api/me");
  });
});
