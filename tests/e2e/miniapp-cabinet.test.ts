import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffMember } from "../../src/db/generated/client.js";
import { replyToCustomer, resolveTicket } from "../../src/domain/tickets/agent-actions.js";
import { launchBrowser, miniAppUrl, signedInitData, TEST_OUTPUT, type TestUser } from "../helpers/browser.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { domainDeps, makeAgent } from "../helpers/domain.js";
import { ChatDriver } from "../helpers/telegram.js";
import { TELEGRAM_THEMES } from "../../src/api/telegram-themes.js";

// The customer cabinet in Chromium on a phone-sized screen, against the real server, database and
// bot (through the Bot API emulator). Inside-Telegram runs get a stand-in for Telegram's WebView
// bridge, so the MainButton, BackButton and haptics can be watched and pressed.

const PHONE = { width: 390, height: 844 };
const { light: LIGHT, dark: DARK } = TELEGRAM_THEMES;

const RECEIPT_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">
<rect width="240" height="120" rx="8" fill="#e8f1fb"/><rect x="16" y="20" width="140" height="12" rx="3" fill="#2481cc"/>
<rect x="16" y="44" width="208" height="8" rx="3" fill="#9bb8d3"/><rect x="16" y="60" width="180" height="8" rx="3" fill="#9bb8d3"/>
<rect x="16" y="88" width="80" height="14" rx="3" fill="#2e9d4f"/></svg>`;

const NADIA: TestUser = { id: 5501, first_name: "Nadia", username: "nadia", language_code: "en" };

interface TelegramEvent {
  type: string;
  data: Record<string, unknown> | null;
}
/**
 * The page's globals, typed just enough for page.evaluate (tests compile without the DOM library).
 * Functions passed to evaluate run in the browser, so they refer to `globalThis as unknown as W`.
 */
interface W {
  __tg?: TelegramEvent[];
  __sameDocument?: boolean;
  TelegramWebviewProxy?: { postEvent(type: string, data: string): void };
  Telegram?: { WebView: { receiveEvent(type: string, data?: unknown): void } };
  document: { activeElement: unknown; documentElement: unknown; body: unknown };
  getComputedStyle(element: unknown): { fontSize: string; backgroundColor: string; color: string };
}

let t: TestDesk;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestDesk(), launchBrowser()]);
  // Nadia has agreed to store her conversations (as the bot's consent step would record).
  await t.db.prisma.customer.create({ data: { telegramId: BigInt(NADIA.id), firstName: NADIA.first_name, languageCode: "en", consentAt: new Date() } });
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await t?.stop();
});

interface OpenOptions {
  path?: string;
  theme?: Record<string, string>;
  colorScheme?: "light" | "dark";
  /** Pretend to be inside Telegram: record what the app asks of the WebView. */
  telegram?: boolean;
}

async function open(user: TestUser, opts: OpenOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: PHONE,
    colorScheme: opts.colorScheme ?? "light",
    acceptDownloads: true,
    locale: "en-GB",
    timezoneId: "Europe/Berlin",
  });
  contexts.push(context);
  if (opts.telegram) {
    await context.addInitScript(() => {
      const w = globalThis as unknown as W;
      w.__tg = [];
      w.TelegramWebviewProxy = {
        postEvent(type: string, data: string) {
          w.__tg!.push({ type, data: data ? (JSON.parse(data) as Record<string, unknown>) : null });
        },
      };
    });
  }
  const page = await context.newPage();
  await page.goto(miniAppUrl(t.desk.url, signedInitData(user), { path: opts.path ?? "/", theme: opts.theme ?? LIGHT }));
  return page;
}

/** What the app asked Telegram for, by event type. */
async function telegramEvents(page: Page, type: string): Promise<Array<Record<string, unknown> | null>> {
  return page.evaluate((wanted) => ((globalThis as unknown as W).__tg ?? []).filter((e) => e.type === wanted).map((e) => e.data), type);
}

/** Telegram telling the app something (a button press, a theme change). */
async function telegramSays(page: Page, type: string, data?: unknown): Promise<void> {
  await page.evaluate(([eventType, eventData]) => (globalThis as unknown as W).Telegram!.WebView.receiveEvent(eventType as string, eventData), [
    type,
    data,
  ] as const);
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(TEST_OUTPUT, `cabinet-${name}.png`), animations: "disabled" });

async function signedApi(user: TestUser, path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${t.desk.url}${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `tma ${signedInitData(user)}`, ...(init.body ? { "content-type": "application/json" } : {}) },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

describe("Mini App cabinet", () => {
  let page: Page;
  let number = 0;
  let agent: StaffMember;
  const deps = () => {
    const d = domainDeps(t.db.prisma);
    d.clock.set(new Date());
    return d;
  };

  it("opens a ticket through the form, with Telegram's MainButton, and the bot confirms it in the chat", async () => {
    const chat = new ChatDriver(t.emulator!, NADIA.id, NADIA.first_name);
    page = await open(NADIA, { telegram: true });

    await page.getByTestId("greeting").filter({ hasText: "Nadia" }).waitFor();
    const empty = page.getByTestId("empty");
    await empty.waitFor();
    expect(await empty.textContent()).toContain("You have no tickets yet.");
    await shot(page, "list-empty");

    // Keyboard users land on the skip link first.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => ((globalThis as unknown as W).document.activeElement as { className?: string } | null)?.className)).toBe("skip-link");

    await empty.getByRole("link", { name: "New ticket" }).click();
    await page.waitForURL(/\/new$/);
    const form = page.getByTestId("new-ticket-form");
    await form.waitFor();

    // Inside Telegram the MainButton submits the form; the BackButton is shown away from the list.
    await expect.poll(async () => (await telegramEvents(page, "web_app_setup_main_button")).at(-1)).toMatchObject({ is_visible: true, text: "Send ticket" });
    await expect.poll(async () => (await telegramEvents(page, "web_app_setup_back_button")).at(-1)).toMatchObject({ is_visible: true });

    // Validated on the page with the server's own schema; the messages are the customer's language.
    await page.getByTestId("submit").click();
    await page.getByTestId("topic-error").waitFor();
    expect(await page.getByTestId("topic-error").textContent()).toBe("Choose a topic.");
    expect(await page.getByTestId("description-error").textContent()).toBe("Describe the problem in at least 10 characters.");
    expect(await page.getByTestId("topic").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByTestId("topic").evaluate((el) => el === (globalThis as unknown as W).document.activeElement)).toBe(true);
    await expect
      .poll(async () => (await telegramEvents(page, "web_app_trigger_haptic_feedback")).at(-1))
      .toMatchObject({ type: "notification", notification_type: "error" });

    await page.getByTestId("topic").selectOption("payment");
    expect(await page.getByText("Never send your full card number").count()).toBe(1);
    await page.getByTestId("description").fill("My card was declined twice but the payment was still taken from my bank account.");
    // Matching help articles appear while typing.
    const suggestions = page.getByTestId("kb-suggestions");
    await suggestions.waitFor();
    expect(await suggestions.getByRole("link").count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId("description-error").count()).toBe(0);
    await shot(page, "new-ticket");

    await telegramSays(page, "main_button_pressed");
    await page.waitForURL(/\/tickets\/\d+$/);
    number = Number(/\/tickets\/(\d+)$/.exec(page.url())![1]);
    await page
      .getByTestId("ticket-title")
      .filter({ hasText: `#${number}` })
      .waitFor();
    expect(await page.getByTestId("status").first().textContent()).toBe("New");
    await page.getByTestId("eta").waitFor();
    expect(await page.getByTestId("eta").textContent()).toMatch(/Answer in about \d+ minutes?|any minute/);

    const ticket = await t.db.prisma.ticket.findUniqueOrThrow({ where: { number }, include: { customer: true } });
    expect(ticket.customer.telegramId).toBe(BigInt(NADIA.id));
    expect(ticket.topic).toBe("payment");
    expect(await t.db.prisma.ticket.count({ where: { customerId: ticket.customerId } })).toBe(1);
    await expect
      .poll(async () => (await telegramEvents(page, "web_app_trigger_haptic_feedback")).at(-1))
      .toMatchObject({ type: "notification", notification_type: "success" });

    // The bot's receipt arrives in Nadia's chat.
    const receipt = await chat.find(`#${number}`, 15_000);
    expect(receipt.text).toContain("created");
  }, 60_000);

  it("shows an agent's reply without reloading, and sends the customer's answer", async () => {
    agent = await makeAgent(t.db.prisma, ["L1", "L2", "VIP", "SECURITY", "OVERFLOW"], { role: "supervisor" });
    // A mark on this document: it is gone if anything reloads the page.
    await page.evaluate(() => void ((globalThis as unknown as W).__sameDocument = true));
    await replyToCustomer(deps(), agent, number, { text: "Hi Nadia, I can see the double charge. Refunding it now." });

    const reply = page.getByTestId("message").filter({ hasText: "I can see the double charge" });
    await reply.waitFor({ timeout: 15_000 });
    expect(await reply.getAttribute("data-author")).toBe("staff");
    expect(await reply.textContent()).toContain(agent.displayName);
    expect(await page.evaluate(() => (globalThis as unknown as W).__sameDocument === true)).toBe(true);
    // The log region announces it to screen readers.
    expect(await page.getByTestId("conversation").getAttribute("aria-live")).toBe("polite");

    // "Add details" takes the customer to the reply box.
    await page.getByTestId("add-details").click();
    const box = page.getByLabel("Your message");
    expect(await box.evaluate((el) => el === (globalThis as unknown as W).document.activeElement)).toBe(true);

    await page.getByTestId("reply-send").click();
    expect(await page.getByTestId("reply-error").textContent()).toBe("Write a message first.");
    await box.fill("Thank you! It was 49.90 EUR on Monday.");
    await page.getByTestId("reply-send").click();
    await page.getByTestId("message").filter({ hasText: "49.90 EUR" }).waitFor();
    expect(await box.inputValue()).toBe("");
    await expect.poll(async () => (await t.db.prisma.ticketMessage.findMany({ where: { ticket: { number }, author: "customer" } })).length).toBe(2);
    await page.getByTestId("status").filter({ hasText: "In progress" }).waitFor({ timeout: 15_000 });

    // Files: an image is fetched with the tma header and shown from an object URL, with alt text;
    // other files are labelled links (this one cannot be fetched: the emulator has no getFile).
    const authorizations: string[] = [];
    await page.route(/\/api\/files\/\d+\/0$/, async (route) => {
      authorizations.push(route.request().headers()["authorization"] ?? "");
      await route.fulfill({ status: 200, contentType: "image/svg+xml", body: RECEIPT_SVG });
    });
    const { id: ticketId } = await t.db.prisma.ticket.findUniqueOrThrow({ where: { number } });
    await t.db.prisma.ticketMessage.create({
      data: {
        ticketId,
        author: "staff",
        staffId: agent.id,
        text: "Here is your refund receipt and the form.",
        attachments: [
          { kind: "photo", fileId: "photo-1" },
          { kind: "document", fileId: "doc-1", fileName: "refund-form.pdf" },
        ],
      },
    });
    const withFiles = page.getByTestId("message").filter({ hasText: "refund receipt" });
    await withFiles.waitFor({ timeout: 15_000 });
    const image = withFiles.locator("img");
    await image.waitFor();
    expect(await image.getAttribute("alt")).toBe(`Photo from ${agent.displayName}`);
    expect(await image.getAttribute("src")).toMatch(/^blob:/);
    expect(authorizations[0]).toMatch(/^tma .*hash=/);
    const link = withFiles.getByTestId("attachment-link");
    expect(await link.textContent()).toBe("Open refund-form.pdf");
    await link.click();
    await withFiles.getByText("This file can’t be loaded right now.").waitFor();
    await shot(page, "ticket");
  }, 60_000);

  it("shows the summary once resolved and takes a 5-star rating", async () => {
    const ticket = await t.db.prisma.ticket.findUniqueOrThrow({ where: { number } });
    await resolveTicket(deps(), agent, number, "Refunded the duplicate charge of 49.90 EUR; it shows in 3-5 days.", "");
    const rating = page.getByTestId("rating");
    await rating.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId("summary").textContent()).toContain("Refunded the duplicate charge");
    expect(await page.getByTestId("status").first().textContent()).toBe("Resolved");

    await page.getByTestId("rate-5").click();
    await page.getByTestId("rating-status").filter({ hasText: "5 out of 5" }).waitFor();
    expect(await page.getByTestId("rate-5").getAttribute("aria-pressed")).toBe("true");
    await expect.poll(async () => (await t.db.prisma.rating.findFirst({ where: { ticketId: ticket.id } }))?.csat).toBe(5);
    await shot(page, "ticket-resolved");
  }, 60_000);

  it("lists tickets with filters, status badges, ETA and unread marks", async () => {
    // A second ticket with an unread reply, and a third still waiting for its first answer.
    const second = await signedApi(NADIA, "/api/tickets", {
      method: "POST",
      body: { topic: "account", description: "I cannot log in on my new phone since yesterday." },
    });
    expect(second.status).toBe(201);
    const secondNumber = (second.body!.ticket as { number: number }).number;
    await replyToCustomer(deps(), agent, secondNumber, { text: "Which phone model do you use?", clarification: true });
    const third = await signedApi(NADIA, "/api/tickets", {
      method: "POST",
      body: { topic: "idea", description: "Please add a dark theme to the desktop app." },
    });
    expect(third.status).toBe(201);

    await page.getByTestId("nav-tickets").click();
    await page.waitForURL(/\/$/);
    await expect.poll(() => page.getByTestId("ticket-card").count()).toBe(3);
    const waiting = page.locator(`[data-testid=ticket-card][data-number="${secondNumber}"]`);
    expect(await waiting.getByTestId("unread").textContent()).toBe("1 new reply");
    expect(await waiting.getByTestId("status").textContent()).toBe("Waiting for you");
    expect(await page.getByTestId("eta").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("nav-tickets").getAttribute("aria-current")).toBe("page");
    await shot(page, "list");

    await page.getByTestId("filter-waiting").click();
    await page.waitForURL(/\?filter=waiting$/);
    await expect.poll(() => page.getByTestId("ticket-card").count()).toBe(1);
    await page.getByTestId("filter-resolved").click();
    await expect
      .poll(
        async () =>
          (await page.getByTestId("ticket-card").first().getAttribute("data-number")) === String(number) &&
          (await page.getByTestId("ticket-card").count()) === 1,
      )
      .toBe(true);
    await page.getByTestId("filter-open").click();
    await expect.poll(() => page.getByTestId("ticket-card").count()).toBe(1);
    expect(await page.getByTestId("filter-open").getAttribute("aria-current")).toBe("page");
    await page.getByTestId("filter-all").click();
    await expect.poll(() => page.getByTestId("ticket-card").count()).toBe(3);

    // Reading the ticket clears its unread mark.
    await waiting.click();
    await page
      .getByTestId("ticket-title")
      .filter({ hasText: `#${secondNumber}` })
      .waitFor();
    await telegramSays(page, "back_button_pressed");
    await page.waitForURL(/\/$/);
    await expect.poll(() => page.locator(`[data-testid=ticket-card][data-number="${secondNumber}"] [data-testid=unread]`).count()).toBe(0);
  }, 60_000);

  it("searches the knowledge base, browses categories and popular solutions, and votes on an article", async () => {
    await page.getByTestId("nav-kb").click();
    await page.waitForURL(/\/kb$/);
    await page.getByTestId("kb-popular").waitFor();
    await page.getByTestId("kb-categories").waitFor();
    expect(await page.getByTestId("kb-categories").getByRole("link", { name: "Payments" }).count()).toBe(1);
    await shot(page, "kb");

    await page.getByTestId("kb-categories").getByRole("link", { name: "Payments" }).click();
    await page.waitForURL(/category=payments/);
    await page.getByTestId("kb-category-articles").waitFor();
    expect(await page.getByTestId("kb-category-articles").getByRole("link").count()).toBeGreaterThan(1);

    await page.getByTestId("kb-search").fill("card declined");
    const results = page.getByTestId("kb-results");
    await results.waitFor();
    await results.getByRole("link").first().click();
    await page.waitForURL(/\/kb\/[^/]+$/);
    const title = await page.getByTestId("article-title").textContent();
    expect(title).toMatch(/declined/i);
    await page.getByTestId("vote-yes").click();
    await page.getByTestId("vote-status").filter({ hasText: "Thanks for letting us know" }).waitFor();
    await expect
      .poll(async () => (await t.db.prisma.kbArticle.findFirst({ where: { translations: { some: { title: title! } } } }))?.helpfulYes)
      .toBeGreaterThan(0);
    await shot(page, "kb-article");

    await telegramSays(page, "back_button_pressed");
    await page.waitForURL(/\/kb(\?|$)/);
  }, 60_000);

  it("changes settings: language at once, time zone, notifications, quiet hours, display, and exports the data", async () => {
    await page.getByTestId("nav-settings").click();
    await page.waitForURL(/\/settings$/);
    await page.getByTestId("language").waitFor();
    await shot(page, "settings");
    const customer = () => t.db.prisma.customer.findUniqueOrThrow({ where: { telegramId: BigInt(NADIA.id) } });

    await page.getByTestId("language").selectOption("ru");
    await page.getByTestId("nav-tickets").filter({ hasText: "Обращения" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("ru");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Настройки");
    expect((await customer()).languageCode).toBe("ru");
    await page.getByTestId("language").selectOption("en");
    await page.getByTestId("nav-tickets").filter({ hasText: "My tickets" }).waitFor();

    await page.getByTestId("timezone").selectOption("Asia/Tokyo");
    await expect.poll(async () => (await customer()).timeZone).toBe("Asia/Tokyo");
    // The device's zone is offered back.
    await page.getByTestId("timezone-device").click();
    await expect.poll(async () => (await customer()).timeZone).toBe("Europe/Berlin");

    await page.getByTestId("quiet-from").fill("22:00");
    await page.getByTestId("quiet-save").click();
    await page.getByText("Set both times, or clear both.").waitFor();
    await page.getByTestId("quiet-to").fill("07:30");
    await page.getByTestId("quiet-save").click();
    await expect.poll(async () => [(await customer()).quietHoursStart, (await customer()).quietHoursEnd]).toEqual([22 * 60, 7 * 60 + 30]);
    await page.getByTestId("quiet-clear").click();
    await expect.poll(async () => (await customer()).quietHoursStart).toBe(null);

    await page.getByTestId("notifications").uncheck();
    await expect.poll(async () => (await customer()).notificationsEnabled).toBe(false);
    await page.getByTestId("notifications").check();
    await expect.poll(async () => (await customer()).notificationsEnabled).toBe(true);

    const download = page.waitForEvent("download");
    await page.getByTestId("export").click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("my-support-data.json");
    const data = JSON.parse(await readFile((await file.path())!, "utf8")) as { tickets: unknown[]; profile: { firstName: string } };
    expect(data.profile.firstName).toBe("Nadia");
    expect(data.tickets).toHaveLength(3);
    await page.locator("#privacy").scrollIntoViewIfNeeded();
    await page.getByTestId("status-privacy").filter({ hasText: "Your data was downloaded." }).waitFor();
    await shot(page, "settings-privacy");

    // Large text and high contrast: classes on <html>, kept on this device.
    await page.getByTestId("large-text").check();
    expect(await page.locator("html").getAttribute("class")).toContain("large-text");
    expect(await page.evaluate(() => (globalThis as unknown as W).getComputedStyle((globalThis as unknown as W).document.documentElement).fontSize)).toBe(
      "20px",
    );
    await page.reload();
    await page.getByTestId("large-text").waitFor();
    expect(await page.locator("html").getAttribute("class")).toContain("large-text");
    await page.goto(`${t.desk.url}/tickets/${number}`);
    await page.getByTestId("conversation").waitFor();
    await shot(page, "large-text");
    await page.getByTestId("nav-settings").click();
    await page.getByTestId("high-contrast").check();
    expect(await page.locator("html").getAttribute("class")).toContain("high-contrast");
    await shot(page, "high-contrast");
    await page.getByTestId("high-contrast").uncheck();
    await page.getByTestId("large-text").uncheck();
    expect(await page.locator("html").getAttribute("class")).toBe("");
  }, 90_000);

  it("follows Telegram's dark theme, and the system's when Telegram sends none", async () => {
    const dark = await open(NADIA, { path: `/tickets/${number}`, theme: DARK, colorScheme: "dark", telegram: true });
    await dark.getByTestId("conversation").waitFor();
    expect(await dark.locator("html").getAttribute("data-theme")).toBe("dark");
    expect(await dark.evaluate(() => (globalThis as unknown as W).getComputedStyle((globalThis as unknown as W).document.body).backgroundColor)).toBe(
      "rgb(24, 24, 24)",
    );
    expect(await dark.evaluate(() => (globalThis as unknown as W).getComputedStyle((globalThis as unknown as W).document.body).color)).toBe(
      "rgb(255, 255, 255)",
    );
    // A deep link from the bot: BackButton leads to the list.
    await expect.poll(async () => (await telegramEvents(dark, "web_app_setup_back_button")).at(-1)).toMatchObject({ is_visible: true });
    await shot(dark, "dark");
    await telegramSays(dark, "back_button_pressed");
    await dark.waitForURL(/\/$/);
    await dark.getByTestId("ticket-card").first().waitFor();
    await shot(dark, "dark-list");

    // The user switches Telegram to a light theme while the app is open.
    await telegramSays(dark, "theme_changed", { theme_params: LIGHT });
    await expect.poll(() => dark.locator("html").getAttribute("data-theme")).toBe("light");

    // Outside a Telegram theme (no theme parameters) the system's preference decides.
    const system = await open(NADIA, { theme: {}, colorScheme: "dark" });
    await system.getByTestId("greeting").waitFor();
    expect(await system.locator("html").getAttribute("data-theme")).toBe("dark");
    expect(await system.evaluate(() => (globalThis as unknown as W).getComputedStyle((globalThis as unknown as W).document.body).backgroundColor)).toBe(
      "rgb(14, 22, 33)",
    );
  }, 60_000);

  it("lays the page out right-to-left in Arabic", async () => {
    const omar: TestUser = { id: 5502, first_name: "عمر", language_code: "ar" };
    const ar = await open(omar, { path: "/new" });
    await ar.getByTestId("new-ticket-form").waitFor();
    expect(await ar.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await ar.locator("html").getAttribute("lang")).toBe("ar");
    expect(await ar.getByTestId("nav-tickets").textContent()).toBe("طلباتي");
    // Mirrored: the first section sits at the right edge.
    const first = (await ar.getByTestId("nav-tickets").boundingBox())!;
    const last = (await ar.getByTestId("nav-settings").boundingBox())!;
    expect(first.x).toBeGreaterThan(last.x);
    await ar.getByTestId("submit").click();
    // Arabic plural category "few" for 10 (the number itself may be written in Arabic-Indic digits).
    expect(await ar.getByTestId("description-error").textContent()).toMatch(/^صِف المشكلة في (10|١٠) أحرف على الأقل\.$/);
    await shot(ar, "arabic-new");
    await ar.getByTestId("nav-tickets").click();
    await ar.getByTestId("empty").waitFor();
    await shot(ar, "arabic");
  }, 60_000);

  it("asks a new customer for consent first, inside the form, in one tap, and sends nothing before", async () => {
    const lena: TestUser = { id: 5503, first_name: "Lena", language_code: "en" };
    const p = await open(lena, { path: "/new" });
    const posts: string[] = [];
    const errors: string[] = [];
    p.on("request", (r) => r.method() === "POST" && r.url().endsWith("/api/tickets") && posts.push(r.url()));
    p.on("console", (m) => m.type() === "error" && errors.push(m.text()));

    // The question comes before the work, at the top of the form.
    const ask = p.getByTestId("consent-ask");
    await ask.waitFor();
    expect(await ask.textContent()).toContain("we need to store your conversation");
    await p.getByTestId("topic").selectOption("account");
    await p.getByTestId("description").fill("My account was locked after a password reset.");
    await shot(p, "consent-ask");

    // Send without agreeing: nothing goes to the server; the question is pointed out.
    await p.getByTestId("submit").click();
    await expect.poll(() => ask.getAttribute("class")).toContain("needs-attention");
    expect(await ask.evaluate((el) => el === (globalThis as unknown as W).document.activeElement)).toBe(true);
    expect(posts).toEqual([]);

    // One tap agrees; the draft is untouched and goes out with the next Send.
    await p.getByTestId("consent-agree").click();
    await p.getByTestId("consent-given").filter({ hasText: "You can send your ticket now." }).waitFor();
    expect(await p.getByTestId("consent-ask").count()).toBe(0);
    expect((await t.db.prisma.customer.findUniqueOrThrow({ where: { telegramId: BigInt(lena.id) } })).consentAt).not.toBeNull();
    expect(await p.getByTestId("description").inputValue()).toBe("My account was locked after a password reset.");
    await p.getByTestId("submit").click();
    await p.waitForURL(/\/tickets\/\d+$/);
    await p.getByTestId("ticket-title").waitFor();
    expect(posts).toHaveLength(1);
    expect(errors).toEqual([]);
    await p.close();
  }, 60_000);

  it("deletes the customer's data after an explicit confirmation and says goodbye", async () => {
    const lena: TestUser = { id: 5503, first_name: "Lena", language_code: "en" };
    // Lena also has the app open on another device, on her ticket, which it keeps polling.
    const ticket = await t.db.prisma.ticket.findFirstOrThrow({ where: { customer: { telegramId: BigInt(lena.id) } } });
    const other = await open(lena, { path: `/tickets/${ticket.number}` });
    await other.getByTestId("conversation").waitFor();
    const p = await open(lena, { path: "/settings" });
    await p.getByTestId("delete-start").click();
    const confirm = p.getByTestId("delete-confirm");
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain("can’t be undone");
    // Nothing is deleted before the second step.
    expect(await t.db.prisma.customer.count({ where: { telegramId: BigInt(lena.id) } })).toBe(1);
    await p.getByTestId("delete-confirm-button").click();
    await p.getByTestId("goodbye").waitFor();
    expect(await p.getByRole("heading", { level: 1 }).textContent()).toBe("Your data has been deleted");
    expect(await t.db.prisma.customer.count({ where: { telegramId: BigInt(lena.id) } })).toBe(0);
    await shot(p, "goodbye");
    // The other device's next poll carries init data that is valid for a day: reading must not
    // bring Lena back (it once did, seconds after the goodbye).
    const poll = await other.waitForResponse((r) => r.url().includes(`/api/tickets/${ticket.number}`) && r.request().method() === "GET", { timeout: 15_000 });
    expect(poll.status()).toBe(404);
    expect(await t.db.prisma.customer.count({ where: { telegramId: BigInt(lena.id) } })).toBe(0);
  }, 60_000);

  it("outside Telegram, links to the bot (with a QR code on a computer) and shows customers no developer notes", async () => {
    const context = await browser.newContext({ viewport: PHONE });
    contexts.push(context);
    const p = await context.newPage();
    const requests: string[] = [];
    p.on("request", (r) => requests.push(r.url()));
    await p.goto(`${t.desk.url}/tickets/10001`);
    await p.getByTestId("error").waitFor();
    expect(await p.getByTestId("error").textContent()).toContain("Please open this page from the bot");
    // The bot's own address, from getMe.
    const link = p.getByTestId("bot-link");
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe("https://t.me/support_desk_test_bot");
    expect(await link.textContent()).toBe("Open @support_desk_test_bot in Telegram");
    // A phone taps the link; the QR code is for a computer's screen.
    expect(await p.getByTestId("bot-qr").isVisible()).toBe(false);
    // DEV_LOGIN is off (as it always is in production): no word about it, no link to it.
    expect(await p.getByTestId("dev-hint").count()).toBe(0);
    expect(await p.locator("body").textContent()).not.toMatch(/DEV_LOGIN|dev\/login|Developers/);
    await shot(p, "outside-telegram");
    expect(requests.every((u) => u.startsWith(t.desk.url))).toBe(true);
    expect(requests.filter((u) => u.includes("/api/")).map((u) => new URL(u).pathname)).toEqual(["/api/app-info"]);

    const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    contexts.push(desktop);
    const d = await desktop.newPage();
    await d.goto(`${t.desk.url}/`);
    const qr = d.getByTestId("bot-qr");
    await qr.waitFor();
    expect(await qr.getAttribute("aria-label")).toBe("QR code that opens @support_desk_test_bot in Telegram");
    expect((await qr.boundingBox())!.width).toBeGreaterThan(120);
    await d.screenshot({ path: join(TEST_OUTPUT, "cabinet-outside-telegram-desktop.png") });
  });
});
