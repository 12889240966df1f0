import { existsSync, mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { sign } from "@telegram-apps/init-data-node";
import { chromium, type Browser, type Page } from "playwright-core";
import { TEST_TOKEN } from "./telegram.js";

export const TEST_OUTPUT = resolve(import.meta.dirname, "../../test-output");

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));
  if (!found) throw new Error("Chromium not found: `npm test` installs it (apt-get install chromium) or set CHROMIUM_PATH.");
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  // Flags that keep Chromium from reaching for the network on a closed machine.
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    // Playwright gives every launch a fresh, empty profile directory of its own.
  });
}

export interface TestUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** Init data as Telegram would sign it for this user. */
export function signedInitData(user: TestUser, authDate = new Date(), token = TEST_TOKEN): string {
  return sign({ user: { ...user, allows_write_to_pm: true }, query_id: "AAH-test", chat_type: "sender" } as never, token, authDate);
}

/** The URL Telegram opens: launch parameters travel in the hash. */
export function miniAppUrl(base: string, initData: string, opts: { path?: string; theme?: Record<string, string> } = {}): string {
  const theme = opts.theme ?? { bg_color: "#ffffff", text_color: "#000000", button_color: "#2481cc", button_text_color: "#ffffff" };
  const hash = new URLSearchParams({
    tgWebAppData: initData,
    tgWebAppVersion: "8.0",
    tgWebAppPlatform: "tdesktop",
    tgWebAppThemeParams: JSON.stringify(theme),
  });
  return `${base}${opts.path ?? "/"}#${hash.toString()}`;
}

// ---------------------------------------------------------------------------
// Phone-sized pages, Telegram's palettes, accessibility checks

/** A phone's screen (iPhone 14-sized). */
export const PHONE = { width: 390, height: 844 };

/**
 * Telegram's own palettes, as its clients send them: small text in their hint colour on their own
 * backgrounds is far below WCAG AA (#999 on #efeff3 is 2.5:1, #708499 on #232e3c 3.6:1).
 */
export const TELEGRAM_LIGHT: Record<string, string> = {
  bg_color: "#ffffff",
  text_color: "#000000",
  hint_color: "#999999",
  link_color: "#2481cc",
  button_color: "#3390ec",
  button_text_color: "#ffffff",
  secondary_bg_color: "#efeff3",
  section_bg_color: "#ffffff",
  accent_text_color: "#3390ec",
  subtitle_text_color: "#999999",
  destructive_text_color: "#ff3b30",
};
export const TELEGRAM_DARK: Record<string, string> = {
  bg_color: "#17212b",
  text_color: "#f5f5f5",
  hint_color: "#708499",
  link_color: "#6ab3f3",
  button_color: "#5288c1",
  button_text_color: "#ffffff",
  secondary_bg_color: "#232e3c",
  section_bg_color: "#17212b",
  accent_text_color: "#6ab2f2",
  subtitle_text_color: "#708499",
  destructive_text_color: "#ec3942",
};

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

const axeSource = () => readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.x A and AA rules). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.addScriptTag({ content: await axeSource() });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** One line per finding, for a readable test failure. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .slice(0, 5)
          .map((n) => `${n.target.join(" ")} ${n.failureSummary?.split("\n")[1]?.trim() ?? ""}`)
          .join("\n  ")}`,
    )
    .join("\n");
}
