import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveTicket, replyToCustomer } from "../../src/domain/tickets/agent-actions.js";
import { signedInitData } from "../helpers/browser.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { domainDeps, makeAgent } from "../helpers/domain.js";

let t: TestDesk;
beforeAll(async () => {
  t = await startTestDesk({ env: { DEV_LOGIN: "true" } });
});
afterAll(async () => {
  await t?.stop();
});

const ANN = { id: 5001, first_name: "Ann", language_code: "en" };
const BOB = { id: 5002, first_name: "Bob", language_code: "en" };
const auth = (u: typeof ANN) => ({ authorization: `tma ${signedInitData(u)}` });
const call = (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, user: typeof ANN, payload?: unknown, headers: Record<string, string> = {}) =>
  t.desk.app.inject({ method, url, headers: { ...auth(user), ...headers }, ...(payload !== undefined ? { payload: payload as object } : {}) });

describe("Mini App API: tickets", () => {
  it("asks for consent before opening a ticket, then opens one the bot confirms", async () => {
    const refused = await call("POST", "/api/tickets", ANN, { topic: "payment", description: "My card was charged twice for one order" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe("consent_required");

    expect((await call("PATCH", "/api/me/settings", ANN, { consent: true })).statusCode).toBe(200);
    const created = await call(
      "POST",
      "/api/tickets",
      ANN,
      { topic: "payment", description: "My card was charged twice for one order" },
      { "idempotency-key": "form-1" },
    );
    expect(created.statusCode).toBe(201);
    const ticket = created.json().ticket;
    expect(ticket).toMatchObject({ topic: "payment", status: "new", queue: "SECURITY", unread: 0 });
    // The same form submitted twice opens one ticket.
    const again = await call(
      "POST",
      "/api/tickets",
      ANN,
      { topic: "payment", description: "My card was charged twice for one order" },
      { "idempotency-key": "form-1" },
    );
    expect(again.json().ticket.number).toBe(ticket.number);
    expect(await t.db.prisma.ticket.count({ where: { customer: { telegramId: 5001n } } })).toBe(1);
    // Sent twice at the same moment (a double tap, two instances): one ticket, one receipt.
    const CAT = { id: 5003, first_name: "Cat", language_code: "en" };
    expect((await call("PATCH", "/api/me/settings", CAT, { consent: true })).statusCode).toBe(200);
    const form = () =>
      call("POST", "/api/tickets", CAT, { topic: "account", description: "I cannot sign in since yesterday" }, { "idempotency-key": "form-1" });
    const [first, second] = await Promise.all([form(), form()]);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(first.json().ticket.number).toBe(second.json().ticket.number);
    const twins = await t.db.prisma.ticket.findMany({ where: { customer: { telegramId: 5003n } } });
    expect(twins).toHaveLength(1);
    expect(await t.db.prisma.ticketMessage.count({ where: { ticketId: twins[0]!.id } })).toBe(1);
    expect(await t.db.prisma.outboxMessage.count({ where: { ticketId: twins[0]!.id, chatId: 5003n } })).toBe(1);
    // The bot confirms it in the chat.
    await expect
      .poll(() =>
        t.emulator!.storage.botMessages.some((m) => Number(m.message.chat_id) === 5001 && String(m.message.text).includes(`#${ticket.number}</b> created`)),
      )
      .toBe(true);
  });

  it("validates input with the shared schemas and explains what is wrong", async () => {
    const short = await call("POST", "/api/tickets", ANN, { topic: "payment", description: "help" });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ error: "invalid_request" });
    expect(short.json().reason).toMatch(/description: describe the problem in at least 10 characters/);
    const topic = await call("POST", "/api/tickets", ANN, { topic: "lottery", description: "I would like to win something" });
    expect(topic.statusCode).toBe(400);
    expect(topic.json().reason).toMatch(/topic/);
    const notJson = await t.desk.app.inject({
      method: "POST",
      url: "/api/tickets",
      headers: { ...auth(ANN), "content-type": "application/json" },
      payload: "{oops",
    });
    expect(notJson.statusCode).toBe(400);
    const badNumber = await call("GET", "/api/tickets/abc", ANN);
    expect(badNumber.statusCode).toBe(400);
  });

  it("never shows or changes another customer's ticket", async () => {
    const [annTicket] = (await call("GET", "/api/tickets", ANN)).json().tickets;
    const n = annTicket.number;
    for (const [method, url, body] of [
      ["GET", `/api/tickets/${n}`, undefined],
      ["GET", `/api/tickets/${n}/messages`, undefined],
      ["POST", `/api/tickets/${n}/messages`, { text: "hijack" }],
      ["POST", `/api/tickets/${n}/rating`, { csat: 1 }],
    ] as const) {
      const res = await call(method, url, BOB, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const msg = await t.db.prisma.ticketMessage.findFirst({ where: { text: "hijack" } });
    expect(msg).toBeNull();
    const bobList = await call("GET", "/api/tickets", BOB);
    expect(bobList.json().tickets).toEqual([]);
  });

  it("shows the conversation without internal notes, marks unread replies, and takes answers", async () => {
    const deps = domainDeps(t.db.prisma);
    deps.clock.set(new Date()); // the desk under test runs on real time
    const agent = await makeAgent(t.db.prisma, ["SECURITY"]);
    const [mine] = (await call("GET", "/api/tickets", ANN)).json().tickets;
    const { addNote } = await import("../../src/domain/tickets/agent-actions.js");
    await replyToCustomer(deps, agent, mine.number, { text: "We are checking with the bank." });
    await addNote(deps, agent, mine.number, "Internal: suspicious pattern");
    const list = (await call("GET", "/api/tickets?filter=open", ANN)).json().tickets;
    expect(list[0]).toMatchObject({ number: mine.number, unread: 1, status: "in_progress" });

    const detail = (await call("GET", `/api/tickets/${mine.number}`, ANN)).json();
    expect(detail.messages.map((m: { author: string; agentName: string | null; text: string }) => [m.author, m.agentName, m.text])).toEqual([
      ["customer", null, "My card was charged twice for one order"],
      ["staff", agent.displayName, "We are checking with the bank."],
    ]);
    expect((await call("GET", "/api/tickets?filter=open", ANN)).json().tickets[0].unread).toBe(0);

    const reply = await call("POST", `/api/tickets/${mine.number}/messages`, ANN, { text: "Thank you, waiting." });
    expect(reply.statusCode).toBe(201);
    const after = (await call("GET", `/api/tickets/${mine.number}/messages?after=${detail.messages[1].id}`, ANN)).json().messages;
    expect(after.map((m: { text: string }) => m.text)).toEqual(["Thank you, waiting."]);

    await resolveTicket(deps, agent, mine.number, "Refunded the double charge", "");
    const rated = await call("POST", `/api/tickets/${mine.number}/rating`, ANN, { csat: 5 });
    expect(rated.statusCode).toBe(200);
    const ticketId = (await t.db.prisma.ticket.findUniqueOrThrow({ where: { number: mine.number } })).id;
    expect(await t.db.prisma.rating.findUnique({ where: { ticketId } })).toMatchObject({ csat: 5, staffId: agent.id });
    const bad = await call("POST", `/api/tickets/${mine.number}/rating`, ANN, { csat: 7 });
    expect(bad.statusCode).toBe(400);
  });
});

describe("Mini App API: settings and privacy", () => {
  it("changes settings with clear refusals for bad values", async () => {
    const ok = await call("PATCH", "/api/me/settings", ANN, {
      languageCode: "ru",
      timeZone: "Asia/Kolkata",
      notificationsEnabled: false,
      quietHoursStart: 1320,
      quietHoursEnd: 480,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().settings).toMatchObject({
      languageCode: "ru",
      timeZone: "Asia/Kolkata",
      notificationsEnabled: false,
      quietHoursStart: 1320,
      quietHoursEnd: 480,
    });
    const tz = await call("PATCH", "/api/me/settings", ANN, { timeZone: "Mars/Olympus" });
    expect(tz.statusCode).toBe(400);
    expect(tz.json().reason).toMatch(/time zone/);
    const lang = await call("PATCH", "/api/me/settings", ANN, { languageCode: "xx" });
    expect(lang.statusCode).toBe(400);
    const empty = await call("PATCH", "/api/me/settings", ANN, {});
    expect(empty.statusCode).toBe(400);
    // The language chosen in settings wins over Telegram's from then on.
    expect((await call("GET", "/api/me", ANN)).json().user.languageCode).toBe("ru");
  });

  it("exports everything as JSON and deletes it on confirmation", async () => {
    const exported = await call("GET", "/api/me/export", ANN);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers["content-disposition"]).toContain("attachment");
    const data = exported.json();
    expect(data.profile).toMatchObject({ telegramId: "5001", firstName: "Ann", timeZone: "Asia/Kolkata" });
    expect(data.tickets[0].messages.map((m: { text: string }) => m.text)).not.toContain("Internal: suspicious pattern");
    expect(data.ratings[0]).toMatchObject({ csat: 5 });

    const unconfirmed = await call("DELETE", "/api/me", ANN, {});
    expect(unconfirmed.statusCode).toBe(400);
    const deleted = await call("DELETE", "/api/me", ANN, { confirm: "DELETE" });
    expect(deleted.statusCode).toBe(204);
    expect(await t.db.prisma.customer.count({ where: { telegramId: 5001n } })).toBe(0);
    expect(await t.db.prisma.ticket.count({ where: { subject: { contains: "charged twice" } } })).toBe(0);
    expect(await t.db.prisma.auditLog.count({ where: { action: "customer-data-deleted" } })).toBe(1);
  });

  it("lets a developer open the Mini App outside Telegram when DEV_LOGIN is on", async () => {
    const res = await t.desk.app.inject({ url: "/dev/login?name=Dev&lang=ru&path=/settings" });
    expect(res.statusCode).toBe(302);
    const location = String(res.headers.location);
    expect(location.startsWith("/settings#tgWebAppData=")).toBe(true);
    const initData = new URLSearchParams(location.split("#")[1]).get("tgWebAppData")!;
    const me = await t.desk.app.inject({ url: "/api/me", headers: { authorization: `tma ${initData}` } });
    expect(me.json().user.firstName).toBe("Dev");
  });
});
