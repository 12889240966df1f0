// The Mini App on a mid-range phone over a slow mobile connection: Chromium with the CPU slowed
// 4x and the network held to 1.6 Mbps down, 750 kbps up and 150 ms round trips (the "slow 4G"
// profile), a fresh cache each run. Reported: the median of three runs of the time from
// navigation to the customer's ticket list on screen and usable, and the gzipped JavaScript the
// first view needed before that moment.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { WEBAPP_DIST } from "../src/api/app.js";
import { launchBrowser, miniAppUrl, PHONE, signedInitData, TELEGRAM_LIGHT } from "../tests/helpers/browser.js";
import { startFakeBotApi } from "../tests/helpers/fake-bot-api.js";
import { benchDatabase } from "./support/database.js";
import { BENCH_TOKEN, prepareBenchDatabase, startBenchDesk } from "./support/desk.js";
import { percentile, round, type Benchmark } from "./types.js";

const ROOT = resolve(import.meta.dirname, "..");
const RUNS = 3;
const CPU_SLOWDOWN = 4;
const LATENCY_MS = 150;
const DOWN_BYTES_PER_S = (1.6 * 1024 * 1024) / 8;
const UP_BYTES_PER_S = (750 * 1024) / 8;
const CUSTOMER = { id: 9_100_001, first_name: "Bench", language_code: "en" };

/** The page's globals read back (benchmarks compile without the DOM library). */
interface W {
  __firstUsable?: number;
}

export const miniapp: Benchmark = {
  name: "miniapp",
  async run() {
    // Measure the current code: build the Mini App first (a stale dist would measure yesterday).
    const built = spawnSync(resolve(ROOT, "node_modules/.bin/vite"), ["build", "--config", "webapp/vite.config.ts", "--logLevel", "warn"], {
      cwd: ROOT,
      stdio: "inherit",
    });
    if (built.status !== 0) throw new Error("vite build failed");

    const db = await benchDatabase("miniapp");
    const fake = await startFakeBotApi();
    try {
      await prepareBenchDatabase(db.url);
      const desk = await startBenchDesk(db.url, fake.url);
      const browser = await launchBrowser();
      try {
        // A customer with a history: eight tickets, the device's zone already saved.
        const auth = { authorization: `tma ${signedInitData(CUSTOMER, new Date(), BENCH_TOKEN)}`, "content-type": "application/json" };
        await fetch(`${desk.url}/api/me`, { headers: auth });
        await fetch(`${desk.url}/api/me/settings`, { method: "PATCH", headers: auth, body: JSON.stringify({ consent: true, timeZone: "Europe/Berlin" }) });
        for (let i = 0; i < 8; i++) {
          const r = await fetch(`${desk.url}/api/tickets`, {
            method: "POST",
            headers: { ...auth, "idempotency-key": `bench-${i}` },
            body: JSON.stringify({ topic: "payment", description: `My payment number ${i + 1} did not go through yesterday.` }),
          });
          if (r.status !== 201) throw new Error(`creating a ticket answered ${r.status}`);
        }

        const usable: number[] = [];
        const initialKb: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          const context = await browser.newContext({ viewport: PHONE, timezoneId: "Europe/Berlin", locale: "en-GB" });
          // The ticket list is usable when its cards are on screen: noted by the page itself.
          // (A string: tsx would wrap named functions in a helper the page does not have.)
          await context.addInitScript(`
            const observer = new MutationObserver(() => {
              if (window.__firstUsable === undefined && document.querySelector("[data-testid=ticket-card]")) {
                window.__firstUsable = performance.now();
                observer.disconnect();
              }
            });
            observer.observe(document, { childList: true, subtree: true });
          `);
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send("Network.enable");
          await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
          await cdp.send("Network.emulateNetworkConditions", {
            offline: false,
            latency: LATENCY_MS,
            downloadThroughput: DOWN_BYTES_PER_S,
            uploadThroughput: UP_BYTES_PER_S,
          });
          await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });

          const scripts: string[] = [];
          page.on("request", (r) => {
            const path = new URL(r.url()).pathname;
            if (path.endsWith(".js")) scripts.push(path);
          });
          await page.goto(miniAppUrl(desk.url, signedInitData(CUSTOMER, new Date(), BENCH_TOKEN), { theme: TELEGRAM_LIGHT }));
          await page.getByTestId("ticket-card").first().waitFor({ timeout: 60_000 });
          const at = await page.evaluate(() => (globalThis as unknown as W).__firstUsable ?? NaN);
          // JavaScript requested before the list appeared (the idle prefetch of other pages starts after).
          const firstView = await page.evaluate(() => {
            const g = globalThis as unknown as {
              performance: { getEntriesByType(t: string): Array<{ name: string; startTime: number }> };
              __firstUsable?: number;
            };
            return g.performance
              .getEntriesByType("resource")
              .filter((e) => e.startTime <= (g.__firstUsable ?? Infinity) && new URL(e.name).pathname.endsWith(".js"))
              .map((e) => new URL(e.name).pathname);
          });
          const kb = [...new Set(firstView.filter((p) => scripts.includes(p)))].reduce((sum, p) => sum + statSync(join(WEBAPP_DIST, `${p}.gz`)).size, 0) / 1024;
          if (process.env.BENCH_MINIAPP_TRACE) {
            // The waterfall, to see where the time goes.
            const entries = await page.evaluate(() =>
              (
                globalThis as unknown as { performance: { getEntries(): Array<{ name: string; entryType: string; startTime: number; duration: number }> } }
              ).performance
                .getEntries()
                .map((e) => `${Math.round(e.startTime)}..${Math.round(e.startTime + e.duration)} ${e.entryType} ${e.name.replace(/#.*/, "")}`),
            );
            console.error(entries.join("\n"));
          }
          usable.push(at);
          initialKb.push(kb);
          console.error(`miniapp run ${run + 1}: ticket list usable at ${Math.round(at)} ms, first-view JS ${round(kb)} kB gzipped`);
          await context.close();
        }
        usable.sort((a, b) => a - b);
        initialKb.sort((a, b) => a - b);
        return [
          { name: "miniapp_first_usable_ms", value: Math.round(percentile(usable, 50)), unit: "ms", target: "< 2500" },
          { name: "miniapp_initial_js_gzip_kB", value: round(percentile(initialKb, 50)), unit: "kB", target: "< 80" },
        ];
      } finally {
        await browser.close();
        await desk.stop();
      }
    } finally {
      await fake.close();
      await db.drop();
    }
  },
};
