import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, miniAppUrl, signedInitData, TEST_OUTPUT } from "../helpers/browser.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";

let t: TestDesk;
let browser: Browser;
beforeAll(async () => {
  [t, browser] = await Promise.all([startTestDesk(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

// Each test has a page (and browser context) of its own: they run side by side.
describe("Mini App in Chromium", () => {
  it.concurrent("signs in with Telegram init data and greets the user by name", async ({ expect }) => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(miniAppUrl(t.desk.url, signedInitData({ id: 4242, first_name: "Mira", language_code: "en" })));
    await expect.poll(() => page.getByTestId("greeting").textContent()).toContain("Mira");
    await page.screenshot({ path: join(TEST_OUTPUT, "miniapp-home.png"), fullPage: true });
    // Nothing is fetched from anywhere but this server.
    expect(requests.every((u) => u.startsWith(t.desk.url))).toBe(true);
    await page.close();
  });

  it.concurrent("speaks the customer's language", async ({ expect }) => {
    const page = await browser.newPage();
    await page.goto(miniAppUrl(t.desk.url, signedInitData({ id: 4243, first_name: "Олег", language_code: "ru" })));
    const greeting = page.getByTestId("greeting");
    await greeting.waitFor();
    expect(await greeting.textContent()).toMatch(/Олег/);
    expect(await page.locator("html").getAttribute("lang")).toBe("ru");
    await page.close();
  });

  it.concurrent("explains what to do when the sign-in is forged", async ({ expect }) => {
    const page = await browser.newPage();
    const forged = signedInitData({ id: 1, first_name: "Eve" }, new Date(), "999:another-bots-token-abcdefghijkl");
    await page.goto(miniAppUrl(t.desk.url, forged));
    const error = page.getByTestId("error");
    await error.waitFor();
    expect(await error.textContent()).toMatch(/signature is invalid/);
    await page.close();
  });
});
