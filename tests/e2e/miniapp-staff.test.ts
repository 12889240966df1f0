import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffMember } from "../../src/db/generated/client.js";
import {
  describeViolations,
  launchBrowser,
  miniAppUrl,
  PHONE,
  seriousAxeViolations,
  signedInitData,
  TELEGRAM_LIGHT,
  type TestUser,
} from "../helpers/browser.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { makeAgent } from "../helpers/domain.js";
import { ChatDriver } from "../helpers/telegram.js";

// The manager's desk in the Mini App: the board follows new tickets by itself, a supervisor
// reassigns from it, an analyst reads the numbers and nothing more, a customer gets 403 everywhere.

const SUPERVISOR: TestUser = { id: 7801, first_name: "Sam", language_code: "en" };
const ANALYST: TestUser = { id: 7802, first_name: "Ana", language_code: "en" };
const CUSTOMER: TestUser = { id: 7803, first_name: "Cleo", language_code: "en" };

let t: TestDesk;
let browser: Browser;
let agent: StaffMember;
/** On duty in another queue: new L1 tickets go to `agent`, a supervisor hands one to her. */
let colleague: StaffMember;
const contexts: BrowserContext[] = [];

const call = (user: TestUser, method: "GET" | "POST", url: string, payload?: object) =>
  t.desk.app.inject({ method, url, headers: { authorization: `tma ${signedInitData(user)}` }, ...(payload ? { payload } : {}) });

async function newTicket(description: string): Promise<{ number: number; queue: string }> {
  const response = await fetch(`${t.desk.url}/api/tickets`, {
    method: "POST",
    headers: { authorization: `tma ${signedInitData(CUSTOMER)}`, "content-type": "application/json" },
    body: JSON.stringify({ topic: "feature", description }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { ticket: { number: number; queue: string } }).ticket;
}

async function open(user: TestUser, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale: "en-GB" });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(miniAppUrl(t.desk.url, signedInitData(user), { path, theme: TELEGRAM_LIGHT }));
  return page;
}

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestDesk(), launchBrowser()]);
  const db = t.db.prisma;
  await db.staffMember.create({ data: { telegramId: BigInt(SUPERVISOR.id), displayName: "Sam", role: "supervisor" } });
  await db.staffMember.create({ data: { telegramId: BigInt(ANALYST.id), displayName: "Ana", role: "analyst" } });
  await db.customer.create({ data: { telegramId: BigInt(CUSTOMER.id), firstName: "Cleo", consentAt: new Date() } });
  agent = await makeAgent(db, ["L1", "L2", "OVERFLOW"], { onDuty: true });
  colleague = await makeAgent(db, ["VIP"], { onDuty: true });
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await t?.stop();
});

const STAFF_ROUTES: [method: "GET" | "POST", url: string, body?: object][] = [
  ["GET", "/api/staff/me"],
  ["GET", "/api/staff/board"],
  ["GET", "/api/staff/board/events"],
  ["GET", "/api/staff/numbers?period=30d&split=queue"],
  ["GET", "/api/staff/agents?period=7d"],
  ["GET", "/api/staff/export.csv?table=numbers&period=7d"],
  ["GET", "/api/staff/export.csv?table=board-tickets&period=today"],
  ["POST", "/api/staff/tickets/10001/assign", { agentId: 1 }],
  ["POST", "/api/staff/tickets/10001/move", { queue: "L2" }],
];

describe("the manager's desk", () => {
  it("refuses a customer's init data with 403 on every staff route", async () => {
    for (const [method, url, body] of STAFF_ROUTES) {
      const response = await call(CUSTOMER, method, url, body);
      expect({ url, status: response.statusCode }).toEqual({ url, status: 403 });
    }
    // Without init data it is 401, as for the customer's own routes.
    expect((await t.desk.app.inject({ method: "GET", url: "/api/staff/board" })).statusCode).toBe(401);
  });

  it("lets an analyst read the numbers and nothing else", async () => {
    const { number } = await newTicket("The export button does nothing on my laptop.");
    expect((await call(ANALYST, "GET", "/api/staff/numbers?period=7d&split=topic")).statusCode).toBe(200);
    expect((await call(ANALYST, "GET", "/api/staff/board")).statusCode).toBe(403);
    const assign = await call(ANALYST, "POST", `/api/staff/tickets/${number}/assign`, { agentId: colleague.id });
    expect(assign.statusCode).toBe(403);
    expect((await call(ANALYST, "POST", `/api/staff/tickets/${number}/move`, { queue: "L2" })).statusCode).toBe(403);
    expect(await t.db.prisma.ticket.findUniqueOrThrow({ where: { number } })).toMatchObject({
      assigneeId: agent.id,
      queueId: (await t.db.prisma.queue.findUniqueOrThrow({ where: { code: "L1" } })).id,
    });

    const page = await open(ANALYST, "/staff/board");
    // The board is not theirs: the page lands on the numbers, with no board tab and no actions.
    await page.getByTestId("figures").waitFor();
    expect(new URL(page.url()).pathname).toBe("/staff/numbers");
    expect(await page.getByTestId("nav-board").count()).toBe(0);
    expect(await page.locator('[data-figure="volume"] .figure-value').textContent()).toMatch(/^\d+$/);
    await page.getByTestId("heatmap").waitFor();
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("shows the support group's spam share and figures on the numbers page", async () => {
    const db = t.db.prisma;
    const now = Date.now();
    // This week: 18 messages let through, 2 spam (2 of 20 = 10.00%); the week before: 1 in 20 (5%).
    const events = [
      ...Array.from({ length: 18 }, () => ({ kind: "message", at: now - 3_600_000 })),
      ...Array.from({ length: 2 }, () => ({ kind: "spam", at: now - 3_600_000 })),
      { kind: "captcha-start", at: now - 3_600_000 },
      { kind: "captcha-pass", at: now - 3_500_000 },
      ...Array.from({ length: 19 }, () => ({ kind: "message", at: now - 10 * 86_400_000 })),
      { kind: "spam", at: now - 10 * 86_400_000 },
    ];
    await db.communityEvent.createMany({
      data: events.map((e, i) => ({ chatId: -100321n, userId: BigInt(9000 + i), kind: e.kind, createdAt: new Date(e.at) })),
    });
    const numbers = (await call(SUPERVISOR, "GET", "/api/staff/numbers?period=7d&split=none")).json<{ community: Record<string, number | null> }>();
    expect(numbers.community).toMatchObject({ messages: 20, spam: 2, spamShare: 0.1, previousSpamShare: 0.05, captchaPassRate: 1 });

    const page = await open(SUPERVISOR, "/staff/numbers");
    await page.getByTestId("community-figures").waitFor();
    expect(await page.locator('[data-figure="spamShare"] .figure-value').textContent()).toBe("10.00%");
    expect(await page.locator('[data-figure="groupMessages"] .figure-value').textContent()).toBe("20");
    expect(await page.locator('[data-figure="captchaPassRate"] .figure-value').textContent()).toBe("100.0%");
    await page.screenshot({ path: "test-output/staff-numbers-community.png", fullPage: true });
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("updates the board by itself when a ticket arrives, and lets a supervisor reassign from it", async () => {
    const page = await open(SUPERVISOR, "/staff/board");
    await page.getByTestId("board-queues").waitFor();
    const waiting = async (queue: string) => Number(await page.getByTestId(`waiting-${queue}`).textContent());
    const before = await waiting("L1");

    const ticket = await newTicket("Since the update the report page stays blank.");

    expect(ticket.queue).toBe("L1");
    // No reload: the server pushes the new board.
    await expect.poll(() => waiting("L1"), { timeout: 10_000 }).toBe(before + 1);
    const card = page.locator(`[data-testid="board-tickets"] li[data-number="${ticket.number}"]`);
    await card.waitFor();

    await page.getByTestId(`assign-${ticket.number}`).selectOption(String(colleague.id));
    await expect.poll(() => page.getByTestId("board-notice").textContent(), { timeout: 10_000 }).toContain(`#${ticket.number}`);
    expect((await t.db.prisma.ticket.findUniqueOrThrow({ where: { number: ticket.number } })).assigneeId).toBe(colleague.id);
    // ...and the board shows the new holder by itself.
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain(colleague.displayName);
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("answers /board in the bot with the figures (no https Mini App address here), to staff with the permission only", async () => {
    const supervisor = new ChatDriver(t.emulator!, SUPERVISOR.id, "Sam");
    await supervisor.send("/board");
    const board = await supervisor.expect("Live board");
    expect(board.text).toMatch(/L1: waiting \d+ \(oldest \d+ min\)/);
    expect(board.text).toContain("On duty: 2");
    const analyst = new ChatDriver(t.emulator!, ANALYST.id, "Ana");
    await analyst.send("/board");
    expect((await analyst.expect("Key numbers")).text).toMatch(/Tickets: \d+/);
    const plainAgent = new ChatDriver(t.emulator!, Number(agent.telegramId), agent.displayName);
    await plainAgent.send("/board");
    await plainAgent.expect("for supervisors, analysts and admins");
  });
});
