import { statSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WEBAPP_DIST } from "../../src/api/app.js";
import { launchBrowser, miniAppUrl, PHONE, signedInitData, TELEGRAM_LIGHT, type TestUser } from "../helpers/browser.js";
import { startTestDesk, type TestDesk } from "../helpers/desk.js";

// How the Mini App travels to a phone: compressed at build time, cached for good where the file
// name says its version, and split so that the first view fetches only its own code.

let t: TestDesk;
let browser: Browser;
beforeAll(async () => {
  [t, browser] = await Promise.all([startTestDesk(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

/** A raw GET (fetch would undo the compression we want to see). */
function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = httpRequest(new URL(path, t.desk.url), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", fail);
    req.end();
  });
}

const fileSize = (asset: string) => statSync(join(WEBAPP_DIST, asset)).size;

describe("Mini App delivery", () => {
  it("sends brotli or gzip made at build time, caches hashed files for a year and revalidates the page", async () => {
    // The page itself, and every client-side route that serves it, is compressed and revalidated.
    for (const path of ["/", "/tickets/10001"]) {
      const page = await rawGet(path, { "accept-encoding": "br, gzip" });
      expect(page.status).toBe(200);
      expect(page.headers["content-encoding"]).toBe("br");
      expect(page.headers["cache-control"]).toBe("no-cache");
      expect(page.body.length).toBe(fileSize("index.html.br"));
    }
    const index = await rawGet("/", {});
    expect(index.headers["content-type"]).toMatch(/text\/html/);
    const script = /<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/.exec(index.body.toString())![1]!;
    const style = /<link rel="stylesheet"[^>]* href="(\/assets\/[^"]+\.css)"/.exec(index.body.toString())![1]!;

    for (const asset of [script, style]) {
      const br = await rawGet(asset, { "accept-encoding": "gzip, deflate, br" });
      expect(br.status).toBe(200);
      expect(br.headers["content-encoding"]).toBe("br");
      expect(br.headers["content-type"]).toMatch(asset.endsWith(".js") ? /javascript/ : /text\/css/);
      expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(br.body.length).toBe(fileSize(`${asset}.br`));

      const gz = await rawGet(asset, { "accept-encoding": "gzip" });
      expect(gz.headers["content-encoding"]).toBe("gzip");
      expect(gz.body.length).toBe(fileSize(`${asset}.gz`));

      const plain = await rawGet(asset, {});
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.length).toBe(fileSize(asset));
      expect(br.body.length).toBeLessThan(plain.body.length / 2.5);
    }
  });

  it("loads only the first view's code before the ticket list shows, under 80 kB gzipped", async () => {
    const user: TestUser = { id: 8801, first_name: "Mia", language_code: "ru" };
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname.endsWith(".js")) scripts.push(new URL(r.url()).pathname);
    });
    // The page notes when the list (here: its empty state) appears; the idle prefetch of other
    // pages starts only after that.
    await page.addInitScript(`
      const seen = new MutationObserver(() => {
        if (window.__listAt === undefined && document.querySelector("[data-testid=empty], [data-testid=ticket-list]")) {
          window.__listAt = performance.now();
          seen.disconnect();
        }
      });
      seen.observe(document, { childList: true, subtree: true });
    `);
    await page.goto(miniAppUrl(t.desk.url, signedInitData(user), { theme: TELEGRAM_LIGHT }));
    await page.getByTestId("empty").waitFor();
    const first = await page.evaluate(() => {
      const g = globalThis as unknown as { __listAt: number; performance: { getEntriesByType(t: string): Array<{ name: string; startTime: number }> } };
      return g.performance
        .getEntriesByType("resource")
        .filter((e) => e.startTime <= g.__listAt)
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith(".js"));
    });
    expect(first.length).toBeGreaterThan(0);
    // The app, its shared code and the customer's language; no other page, no form validation.
    expect(first.filter((s) => /(TicketPage|NewTicketPage|SettingsPage|KbPage|ArticlePage|OutsideTelegramPage|contracts)-/.test(s))).toEqual([]);
    expect(first.filter((s) => /\/webapp-/.test(s))).toHaveLength(1);
    const gzipKb = first.reduce((sum, s) => sum + fileSize(`${s}.gz`), 0) / 1024;
    expect(gzipKb).toBeLessThan(80);

    // Another page's code comes when it is opened (if the idle prefetch has not brought it yet).
    await page.getByTestId("nav-new").click();
    await page.getByTestId("new-ticket-form").waitFor();
    expect(scripts.some((s) => /NewTicketPage-/.test(s))).toBe(true);
    await context.close();
  });
});
