import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { sign } from "@telegram-apps/init-data-node";
import { chromium, type Browser } from "playwright-core";
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
