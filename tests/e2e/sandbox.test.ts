import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, sandboxEnabled } from "../../src/config.js";
import { launchBrowser } from "../helpers/browser.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";

// The sandbox as a visitor meets it: a fresh start without BOT_TOKEN, /sandbox in a browser, and
// the whole conversation played through the page's phones. Its last picture is written beside
// the other screenshots (docs/sandbox.png, the README's, is refreshed from it by hand).
const SCREENSHOT = resolve(import.meta.dirname, "../../test-output/sandbox.png");

let t: TestDesk;
let browser: Browser;

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestDesk({ bot: false, env: { SANDBOX: "true" } }), launchBrowser()]);
});

/** The sandbox as a fresh visitor opens it: each page plays a customer of its own. */
async function openSandbox(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1180, height: 800 } });
  const res = await page.goto(`${t.desk.url}/sandbox`);
  expect(res?.status(), "the sandbox page is served (built by `npm run build` / the test preparation)").toBe(200);
  return page;
}
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe("the sandbox", () => {
  it("is on by default only without a bot token outside production, and never with a real bot in production", () => {
    expect(sandboxEnabled(loadConfig({ NODE_ENV: "development" }))).toBe(true);
    expect(sandboxEnabled(loadConfig({ NODE_ENV: "development", BOT_TOKEN: "123456789:AAE-real-looking-token-000000" }))).toBe(false);
    expect(sandboxEnabled(loadConfig({ NODE_ENV: "production" }))).toBe(false);
    expect(sandboxEnabled(loadConfig({ NODE_ENV: "test", SANDBOX: "true" }))).toBe(true);
    expect(() => loadConfig({ NODE_ENV: "production", SANDBOX: "true", BOT_TOKEN: "123456789:AAE-real-looking-token-000000" })).toThrow(/SANDBOX/);
  });

  it("walks a customer from /start to a receipt, carries the agent's reply back and takes the rating, all through the page", async () => {
    const page = await openSandbox();
    const customer = page.locator(".phone-customer");
    const agent = page.locator(".phone-agent");

    // A fresh chat shows Telegram's START button; it sends /start.
    await customer.getByRole("button", { name: "START" }).click();
    await customer.getByText(/I'm the support assistant/).waitFor();
    await customer.getByRole("textbox").fill("I was charged twice for my order, I need a person");
    await customer.getByRole("textbox").press("Enter");
    await customer.getByRole("button", { name: "Agree and continue" }).last().click();
    const receipt = customer.locator(".msg.in", { hasText: /Ticket #\d+ created/ });
    await receipt.waitFor();
    const number = /Ticket #(\d+) created/.exec((await receipt.textContent()) ?? "")![1]!;

    // The agent's phone: the card of the ticket, answered by replying to it.
    const card = agent.locator(".msg.in", { hasText: `Assigned to you: #${number}` });
    await card.waitFor();
    await card.hover();
    await card.getByRole("button", { name: "Reply" }).click();
    await agent.getByText("Reply to Support").waitFor();
    await agent.getByRole("textbox").fill("Hi! I see the double charge and I'm refunding it now.");
    await agent.getByRole("textbox").press("Enter");
    const sent = agent.locator(".msg.out", { hasText: "refunding it now" });
    await expect.poll(() => sent.locator(".quote").textContent()).toContain(`#${number}`);

    // The customer sees the answer, signed with the agent's name; the agent sees it was sent.
    const answer = customer.locator(".msg.in", { hasText: "I see the double charge" });
    await answer.waitFor();
    expect(await answer.textContent()).toContain("Sam, support:");
    await expect.poll(() => sent.locator(".reaction").textContent()).toContain("👍");

    await agent.getByRole("textbox").fill(`/resolve ${number} Refunded the duplicate charge | It reaches your card in 3-5 days`);
    await agent.getByRole("textbox").press("Enter");
    const summary = customer.locator(".msg.in", { hasText: `Ticket #${number} is resolved` });
    await summary.waitFor();
    await summary.getByRole("button", { name: "5 ⭐" }).click();
    await customer.getByText(`Thank you for rating ticket #${number}!`).waitFor();

    const ticket = await t.db.prisma.ticket.findFirstOrThrow({ where: { number: Number(number) }, include: { messages: { orderBy: { id: "asc" } } } });
    expect(ticket.status).toBe("resolved");
    expect(ticket.messages.slice(0, 2).map((m) => [m.author, m.text])).toEqual([
      ["customer", "I was charged twice for my order, I need a person"],
      ["staff", "Hi! I see the double charge and I'm refunding it now."],
    ]);
    expect(await t.db.prisma.rating.findUnique({ where: { ticketId: ticket.id } })).toMatchObject({ csat: 5 });

    await page.mouse.move(0, 0);
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(statSync(SCREENSHOT).size).toBeLessThan(200_000);
    await page.close();
  });

  it("opens the Mini App inside the customer's phone, signed in as that customer", async () => {
    const page = await openSandbox();
    const customer = page.locator(".phone-customer");
    await expect.poll(() => customer.locator(".phone-name").textContent()).not.toBe("");
    const name = (await customer.locator(".phone-name").textContent())!;
    // As in Telegram, a fresh chat shows only START; the menu button comes with the chat.
    await customer.getByRole("button", { name: "START" }).click();
    await customer.getByRole("button", { name: "Open the Mini App" }).click();
    // The API accepted the init data the server signed for this customer: the app greets them.
    await expect.poll(() => customer.frameLocator("iframe").getByTestId("greeting").textContent(), { timeout: 15_000 }).toContain(name);
    await customer.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => customer.locator("iframe").isVisible()).toBe(false);
    await page.close();
  });

  it("plays the customer's side of a guided scenario: an SLA breach, with the desk's clock sped up", { timeout: 90_000 }, async () => {
    const page = await openSandbox();
    await page.locator(".tour-button", { hasText: "An SLA breach, sped up" }).click();
    const log = page.locator(".tour-log");
    await log.getByText("Scenario finished").waitFor({ timeout: 80_000 });
    const receipt = page.locator(".phone-customer .msg.in", { hasText: /Ticket #\d+ created/ });
    const number = /Ticket #(\d+) created/.exec((await receipt.textContent()) ?? "")![1]!;
    await page.locator(".phone-agent .msg.in", { hasText: `SLA breached: ticket #${number}` }).waitFor();
    await page.locator(".phone-supervisor .msg.in", { hasText: `SLA breached: ticket #${number}` }).waitFor();
    expect(await page.locator(".clock").textContent()).toBe("Desk clock: +30 min");
    await page.close();
  });
});
