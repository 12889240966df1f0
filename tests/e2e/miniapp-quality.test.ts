import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleForReview } from "../../src/domain/quality/reviews.js";
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
import { domainDeps } from "../helpers/domain.js";

// The staff pages of quality review and experiments in Chromium: a supervisor scores a sampled
// conversation and the agent reads the score on their own page; an admin reads an experiment.
const ADMIN: TestUser = { id: 7951, first_name: "Ada", language_code: "en" };
const LEAD: TestUser = { id: 7952, first_name: "Lena", language_code: "en" };
const AGENT: TestUser = { id: 7953, first_name: "Tom", language_code: "en" };

let t: TestDesk;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function open(user: TestUser, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale: "en-GB" });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(miniAppUrl(t.desk.url, signedInitData(user), { path, theme: TELEGRAM_LIGHT }));
  return page;
}

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestDesk(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await t?.stop();
});

describe("quality and experiments in the Mini App", () => {
  it("lets a supervisor score a conversation on the staff pages, and the agent sees the score", async () => {
    const db = t.db.prisma;
    await db.staffMember.create({ data: { telegramId: BigInt(LEAD.id), displayName: "Lena", role: "supervisor" } });
    const agent = await db.staffMember.create({ data: { telegramId: BigInt(AGENT.id), displayName: "Tom", role: "agent" } });
    const customer = await db.customer.create({ data: { telegramId: 7960n, firstName: "Kim", consentAt: new Date() } });
    const queue = await db.queue.findFirstOrThrow({ where: { code: "L1" } });
    const now = new Date();
    const at = (min: number) => new Date(now.getTime() - (120 - min) * 60_000);
    const ticket = await db.ticket.create({
      data: {
        customerId: customer.id,
        topic: "account",
        queueId: queue.id,
        subject: "Locked out",
        language: "en",
        status: "resolved",
        assigneeId: agent.id,
        createdAt: at(0),
        firstResponseDueAt: at(15),
        etaAt: at(15),
        firstRespondedAt: at(5),
        resolvedAt: at(30),
        summary: null,
        messages: {
          create: [
            { author: "customer", text: "I am locked out of my account", createdAt: at(1) },
            { author: "staff", staffId: agent.id, text: "Unlocked it.", createdAt: at(5) },
          ],
        },
      },
    });
    expect(await sampleForReview({ ...domainDeps(db), db }, { perAgent: 1, now })).toBe(1);

    const page = await open(LEAD, "/staff/quality");
    await page.getByRole("button", { name: `#${ticket.number} · Tom` }).click();
    const card = page.locator('[data-testid^="scorecard-"]');
    await card.waitFor();
    // The automatic checks speak first: no greeting, no summary, no next steps.
    await expect.poll(() => card.textContent()).toContain("The first answer has no greeting");
    expect(await card.textContent()).toContain("No resolution summary");
    expect(await card.textContent()).toContain("Unlocked it.");
    for (const line of ["Understood the problem", "Correct answer", "Tone"]) await card.getByRole("group", { name: line }).getByLabel("Yes").check();
    // Flagged lines start at "No"; the supervisor lets one of them stand and overrules another.
    await card.getByRole("group", { name: "Next steps given" }).getByLabel("Partly").check();
    await card.getByLabel("Comment for the agent (optional)").fill("Say hello, and always write the summary.");
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await card.getByRole("button", { name: "Save the scorecard" }).click();
    await page.getByText("Nothing to review right now.").waitFor();
    // 3 × 2 + 1 + 0 + 0 = 7 of 12 points.
    const review = await db.qualityReview.findUniqueOrThrow({ where: { ticketId: ticket.id } });
    expect(review).toMatchObject({ score: 58, comment: "Say hello, and always write the summary." });

    const mine = await open(AGENT, "/staff/quality");
    await mine.getByTestId("qa-mine").waitFor();
    await expect.poll(() => mine.getByTestId("qa-mine").textContent()).toContain(`#${ticket.number} · 58/100`);
    expect(await mine.getByTestId("qa-mine").textContent()).toContain("Say hello, and always write the summary.");
    expect(await mine.getByTestId("qa-pending").count()).toBe(0);
  });

  it("shows an admin an experiment's results and verdict", async () => {
    const db = t.db.prisma;
    await db.staffMember.create({ data: { telegramId: BigInt(ADMIN.id), displayName: "Ada", role: "admin" } });
    await db.experiment.create({
      data: {
        code: "short-help",
        targetKind: "message",
        target: "help-text",
        metric: "self-service",
        sharePercent: 50,
        status: "running",
        startedAt: new Date(Date.now() - 86_400_000),
        variants: [
          { key: "A", texts: {} },
          { key: "B", texts: { en: "Write your question." } },
        ],
      },
    });
    const page = await open(ADMIN, "/staff/experiments");
    await page.getByRole("button", { name: "short-help · running" }).click();
    await page.getByTestId("verdict").waitFor();
    expect(await page.getByTestId("verdict").textContent()).toMatch(/Not enough data yet/);
    await page.getByRole("button", { name: "Ship B" }).click();
    await page.getByRole("button", { name: "short-help · shipped" }).waitFor();
    expect(await db.textOverride.findUnique({ where: { key_lang: { key: "help-text", lang: "en" } } })).toMatchObject({ text: "Write your question." });
  });
});
