import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi, type ExpectStatic } from "vitest";
import type { StaffMember } from "../../src/db/generated/client.js";
import { replyToCustomer, resolveTicket } from "../../src/domain/tickets/agent-actions.js";
import {
  describeViolations,
  launchBrowser,
  miniAppUrl,
  PHONE,
  seriousAxeViolations,
  signedInitData,
  TELEGRAM_DARK,
  TELEGRAM_LIGHT,
  TEST_OUTPUT,
  type TestUser,
} from "../helpers/browser.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";
import { domainDeps, makeAgent } from "../helpers/domain.js";

// Every page of the cabinet, as a customer sees it on a phone in Telegram's own light and dark
// palettes, with the app's high contrast, in Arabic and with large text: axe-core finds no
// serious or critical problem, text stays readable, nothing leaves the screen. Screenshots of
// each go to test-output/ for a human to look at.
//
// Tests that only read run side by side, a few at a time (each has a browser context of its own);
// the ones that change shared data (a ticket's date, an article, settings) run alone at the end of
// their group.

vi.setConfig({ maxConcurrency: 3 });

/** The browser's globals, typed just enough for page.evaluate (tests compile without the DOM library). */
type El = {
  getBoundingClientRect(): { left: number; right: number; top: number; bottom: number; width: number };
  closest(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  getAttribute(name: string): string | null;
  textContent: string | null;
  children: ArrayLike<El>;
  tagName: string;
};
interface W {
  document: {
    documentElement: El & { scrollWidth: number; clientWidth: number };
    body: El & { innerText: string };
    querySelectorAll(s: string): ArrayLike<El>;
  };
  getComputedStyle(element: unknown): { direction: string; color: string };
  innerWidth: number;
}

const AYA: TestUser = { id: 7701, first_name: "Aya", language_code: "en" };
const OMAR: TestUser = { id: 7702, first_name: "عمر", language_code: "ar" };

interface OpenOptions {
  path?: string;
  theme?: Record<string, string>;
  dark?: boolean;
  largeText?: boolean;
  highContrast?: boolean;
  timezoneId?: string;
  viewport?: { width: number; height: number };
}

let t: TestDesk;
let browser: Browser;
let agent: StaffMember;
const contexts: BrowserContext[] = [];
let ayaTicket = 0;
let omarTicket = 0;

const deps = () => {
  const d = domainDeps(t.db.prisma);
  d.clock.set(new Date());
  return d;
};

async function newTicket(user: TestUser, topic: string, description: string): Promise<number> {
  const response = await fetch(`${t.desk.url}/api/tickets`, {
    method: "POST",
    headers: { authorization: `tma ${signedInitData(user)}`, "content-type": "application/json" },
    body: JSON.stringify({ topic, description }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { ticket: { number: number } }).ticket.number;
}

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestDesk(), launchBrowser()]);
  for (const [user, language] of [
    [AYA, "en"],
    [OMAR, "ar"],
  ] as const) {
    await t.db.prisma.customer.create({
      data: { telegramId: BigInt(user.id), firstName: user.first_name, languageCode: language, timeZone: "Europe/Berlin", consentAt: new Date() },
    });
  }
  agent = await makeAgent(t.db.prisma, ["L1", "L2", "VIP", "SECURITY", "OVERFLOW"], { role: "supervisor" });

  ayaTicket = await newTicket(AYA, "payment", "My card was charged twice for the same order on Monday.");
  await replyToCustomer(deps(), agent, ayaTicket, { text: "Hi Aya, I can see both charges. One of them is a hold that drops off in 3 days." });
  const resolved = await newTicket(AYA, "account", "I cannot log in on my new phone since yesterday evening.");
  await resolveTicket(deps(), agent, resolved, "Reset the second factor; the customer can sign in again.", "");

  // An Arabic-speaking customer who writes in English, as many do.
  omarTicket = await newTicket(OMAR, "complaint", "Got a scam message? Someone asked for my card code!");
  await replyToCustomer(deps(), agent, omarTicket, { text: "Thanks for telling us! Never share that code." });
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await t?.stop();
});

async function open(user: TestUser, opts: OpenOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? PHONE,
    colorScheme: opts.dark ? "dark" : "light",
    locale: "en-GB",
    timezoneId: opts.timezoneId ?? "Europe/Berlin",
  });
  contexts.push(context);
  if (opts.largeText || opts.highContrast) {
    const prefs = JSON.stringify({ largeText: Boolean(opts.largeText), highContrast: Boolean(opts.highContrast) });
    await context.addInitScript(
      (value) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem("support-desk:display", value),
      prefs,
    );
  }
  const page = await context.newPage();
  const theme = opts.theme ?? (opts.dark ? TELEGRAM_DARK : TELEGRAM_LIGHT);
  await page.goto(miniAppUrl(t.desk.url, signedInitData(user), { path: opts.path ?? "/", theme }));
  return page;
}

/** The cabinet's pages, each with what shows that it has loaded. */
const pages = () => [
  { name: "list", path: "/", ready: "ticket-list" },
  { name: "ticket", path: `/tickets/${ayaTicket}`, ready: "conversation" },
  { name: "new", path: "/new", ready: "new-ticket-form" },
  { name: "kb", path: "/kb", ready: "kb-popular" },
  { name: "article", path: "/kb/refund-status", ready: "article-title" },
  { name: "settings", path: "/settings", ready: "language" },
];

/** `expect` is the test's own: tests run side by side. */
async function visit(page: Page, path: string, ready: string, expect: ExpectStatic): Promise<void> {
  await page.evaluate((to) => {
    const g = globalThis as unknown as {
      history: { pushState(s: unknown, t: string, u: string): void };
      dispatchEvent(e: unknown): void;
      Event: new (type: string) => unknown;
    };
    g.history.pushState({ idx: 1 }, "", to);
    g.dispatchEvent(new g.Event("popstate"));
  }, path);
  await page.getByTestId(ready).first().waitFor();
  // Loading indicators and lazy chunks settle before anything is measured.
  await expect.poll(() => page.getByTestId("loading").count()).toBe(0);
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(TEST_OUTPUT, `miniapp-${name}.png`), fullPage: true, animations: "disabled" });

describe("Mini App accessibility", () => {
  for (const variant of [
    { name: "light", opts: {} },
    { name: "dark", opts: { dark: true } },
    { name: "high-contrast", opts: { highContrast: true } },
    { name: "high-contrast-dark", opts: { highContrast: true, dark: true } },
  ] as const) {
    it.concurrent(
      `axe-core finds no serious or critical problem on any page: ${variant.name}`,
      async ({ expect }) => {
        const page = await open(AYA, variant.opts);
        await page.getByTestId("ticket-list").waitFor();
        const found: string[] = [];
        for (const p of pages()) {
          await visit(page, p.path, p.ready, expect);
          const violations = await seriousAxeViolations(page);
          if (violations.length) found.push(`${p.name}:\n${describeViolations(violations)}`);
          await shot(page, `${variant.name}-${p.name}`);
        }
        expect(found.join("\n\n")).toBe("");
      },
      120_000,
    );
  }

  it.concurrent(
    "keeps text readable in any palette Telegram passes, however faint",
    async ({ expect }) => {
      // A theme nobody should ship: hint almost invisible, a pale button under white text.
      const faint = {
        ...TELEGRAM_LIGHT,
        hint_color: "#dddddd",
        subtitle_text_color: "#e0e0e0",
        link_color: "#9ecbff",
        accent_text_color: "#9ecbff",
        button_color: "#ffd54f",
        destructive_text_color: "#ffb3b3",
      };
      const page = await open(AYA, { theme: faint });
      for (const p of pages()) {
        await visit(page, p.path, p.ready, expect);
        const violations = await seriousAxeViolations(page);
        expect(describeViolations(violations), p.name).toBe("");
      }
    },
    120_000,
  );

  it.concurrent(
    "marks the conversation up as a valid list inside a live region",
    async ({ expect }) => {
      const page = await open(AYA, { path: `/tickets/${ayaTicket}` });
      await page.getByTestId("message").first().waitFor();
      const shape = await page.evaluate(() => {
        const log = (globalThis as unknown as W).document.querySelectorAll("[role=log]")[0]!;
        const list = log.querySelectorAll("ol")[0]!;
        return { listRole: list.getAttribute("role"), items: Array.from(list.children).map((c) => c.tagName) };
      });
      expect(shape.listRole).toBeNull();
      expect(shape.items.length).toBeGreaterThan(0);
      expect(new Set(shape.items)).toEqual(new Set(["LI"]));
    },
    60_000,
  );

  it.concurrent(
    "draws icons as SVG, never as emoji that need a font",
    async ({ expect }) => {
      const page = await open(AYA, { path: `/tickets/${ayaTicket}` });
      await page.getByTestId("reply-form").waitFor();
      const button = page.locator("label.file-button");
      expect(await button.locator("svg").count()).toBe(1);
      for (const p of pages()) {
        await visit(page, p.path, p.ready, expect);
        const text = await page.evaluate(() => (globalThis as unknown as W).document.body.innerText);
        expect(text.match(/\p{Extended_Pictographic}/gu) ?? [], p.name).toEqual([]);
      }
    },
    60_000,
  );
});

describe("Mini App layout: Arabic and large text", () => {
  for (const variant of [
    { name: "arabic", user: OMAR, opts: {} },
    { name: "large-text", user: AYA, opts: { largeText: true } },
    { name: "arabic-large-text", user: OMAR, opts: { largeText: true } },
  ] as const) {
    it.concurrent(
      `nothing leaves the screen on any page: ${variant.name}`,
      async ({ expect }) => {
        const page = await open(variant.user, { ...variant.opts, path: "/" });
        await page.getByTestId("ticket-list").waitFor();
        const problems: string[] = [];
        for (const p of pages()) {
          await visit(page, p.path === `/tickets/${ayaTicket}` && variant.user === OMAR ? `/tickets/${omarTicket}` : p.path, p.ready, expect);
          const overflow = await page.evaluate(() => {
            const width = (globalThis as unknown as W).innerWidth;
            const out: string[] = [];
            if ((globalThis as unknown as W).document.documentElement.scrollWidth > width)
              out.push(`page is ${(globalThis as unknown as W).document.documentElement.scrollWidth}px wide`);
            for (const el of Array.from((globalThis as unknown as W).document.querySelectorAll("main *"))) {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || el.closest(".visually-hidden")) continue;
              if (r.left < -1 || r.right > width + 1)
                out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? "").slice(0, 30)}" spans ${Math.round(r.left)}..${Math.round(r.right)}`);
            }
            return out.slice(0, 5);
          });
          if (overflow.length) problems.push(`${p.name}: ${overflow.join("; ")}`);
          await shot(page, `${variant.name}-${p.name}`);
        }
        expect(problems).toEqual([]);
      },
      120_000,
    );
  }

  it.concurrent(
    "keeps the quiet-hours fields inside their card with large text, in both directions",
    async ({ expect }) => {
      for (const user of [AYA, OMAR]) {
        const page = await open(user, { largeText: true, path: "/settings" });
        await page.getByTestId("quiet-to").waitFor();
        const [card, from, to] = await Promise.all([
          page.locator("#notifications").boundingBox(),
          page.getByTestId("quiet-from").boundingBox(),
          page.getByTestId("quiet-to").boundingBox(),
        ]);
        for (const field of [from!, to!]) {
          expect(field.x).toBeGreaterThanOrEqual(card!.x);
          expect(field.x + field.width).toBeLessThanOrEqual(card!.x + card!.width);
        }
      }
    },
    60_000,
  );

  it.concurrent(
    "shows every ticket filter, the selected one included, without scrolling sideways",
    async ({ expect }) => {
      const page = await open(AYA, { largeText: true, path: "/?filter=resolved" });
      await page.getByTestId("ticket-list").waitFor();
      for (const f of ["open", "waiting", "resolved", "all"]) {
        const box = (await page.getByTestId(`filter-${f}`).boundingBox())!;
        expect(box.x, f).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, f).toBeLessThanOrEqual(PHONE.width);
      }
      expect(await page.getByTestId("filter-resolved").getAttribute("aria-current")).toBe("page");
    },
    60_000,
  );

  it("sets text of the other direction the right way round in Arabic, and marks its language", async () => {
    const page = await open(OMAR, { path: `/tickets/${omarTicket}` });
    await page.getByTestId("message").first().waitFor();
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    // English text in an Arabic page runs left to right: the question mark ends the sentence.
    const subject = page.locator(".ticket-subject-large");
    expect(await subject.getAttribute("dir")).toBe("auto");
    expect(await subject.evaluate((el) => (globalThis as unknown as W).getComputedStyle(el).direction)).toBe("ltr");
    const text = page.getByTestId("message").filter({ hasText: "Never share that code" }).locator(".msg-text");
    expect(await text.evaluate((el) => (globalThis as unknown as W).getComputedStyle(el).direction)).toBe("ltr");

    // An article not yet translated into Arabic comes in English, and says so.
    await t.db.prisma.kbTranslation.deleteMany({ where: { lang: "ar", article: { slug: "scam-messages" } } });
    await visit(page, "/kb/scam-messages", "article-title", expect);
    const title = page.getByTestId("article-title");
    expect(await title.getAttribute("lang")).toBe("en");
    expect(await title.evaluate((el) => (globalThis as unknown as W).getComputedStyle(el).direction)).toBe("ltr");
    expect(await page.getByTestId("article-body").getAttribute("lang")).toBe("en");
    expect(await page.getByTestId("vote").getAttribute("lang")).toBeNull();
    await shot(page, "arabic-article-english");
  }, 60_000);
});

describe("Mini App content", () => {
  it.concurrent(
    "numbers an article's steps as written: step 3 is 3, even after the details of step 2",
    async ({ expect }) => {
      const page = await open(AYA, { path: "/kb/refund-status" });
      await page.getByTestId("article-title").waitFor();
      const numbers = await page.evaluate(() =>
        Array.from((globalThis as unknown as W).document.querySelectorAll(".article-body li")).map((li) => {
          const ol = li.closest("ol") as (El & { start: number }) | null;
          const own = li.getAttribute("value");
          const index = ol ? Array.from(ol.children).indexOf(li) : -1;
          return { text: (li.textContent ?? "").slice(0, 20), number: own ? Number(own) : ol ? ol.start + index : null };
        }),
      );
      expect(numbers.map((n) => n.number)).toEqual([1, 2, 3]);
      expect(numbers[2]!.text).toMatch(/^If it says Approved/);
    },
    60_000,
  );

  it.concurrent(
    "takes the device's time zone on the first open, once, and leaves a later choice alone",
    async ({ expect }) => {
      const lin: TestUser = { id: 7703, first_name: "Lin", language_code: "en" };
      const first = await open(lin, { timezoneId: "Asia/Shanghai" });
      const notice = first.getByTestId("zone-taken");
      await notice.waitFor();
      expect(await notice.textContent()).toContain("Asia/Shanghai");
      const zone = async () => (await t.db.prisma.customer.findUniqueOrThrow({ where: { telegramId: BigInt(lin.id) } })).timeZone;
      expect(await zone()).toBe("Asia/Shanghai");
      await shot(first, "zone-taken");

      // Changed in Settings: the next open on the same device keeps the customer's choice.
      await notice.getByRole("link", { name: "Change" }).click();
      await first.getByTestId("timezone").selectOption("Europe/Lisbon");
      await expect.poll(zone).toBe("Europe/Lisbon");
      await first.reload();
      await first.getByTestId("timezone").waitFor();
      expect(await first.getByTestId("zone-taken").count()).toBe(0);
      expect(await zone()).toBe("Europe/Lisbon");
    },
    60_000,
  );

  it("names the time zone of every time, in the customer's zone", async () => {
    await t.db.prisma.ticket.update({ where: { number: ayaTicket }, data: { createdAt: new Date("2026-11-23T04:07:00Z") } });
    const page = await open(AYA, { path: `/tickets/${ayaTicket}` });
    await page.getByTestId("conversation").waitFor();
    // Berlin is an hour ahead of UTC in November, and the zone is named.
    expect(await page.locator(".ticket-meta").textContent()).toContain("Opened Nov 23, 5:07 AM GMT+1");
  }, 60_000);

  it("never shows “Saved.” next to an error", async () => {
    const page = await open(AYA, { path: "/settings" });
    await page.getByTestId("quiet-from").fill("22:00");
    await page.getByTestId("quiet-to").fill("07:00");
    await page.getByTestId("quiet-save").click();
    await page.getByTestId("status-notifications").filter({ hasText: "Saved." }).waitFor();
    await page.getByTestId("quiet-to").fill("22:00");
    await page.getByTestId("quiet-save").click();
    await page.getByTestId("quiet-error").filter({ hasText: "The start and the end must differ." }).waitFor();
    expect(await page.getByTestId("status-notifications").textContent()).toBe("");
  }, 60_000);
});
