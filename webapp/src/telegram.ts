/**
 * Thin integration layer over the Telegram Mini App SDK.
 *
 * `@twa-dev/sdk` bundles Telegram's own `telegram-web-app.js`, so nothing is
 * loaded from the network. The script reads the launch parameters
 * (`#tgWebAppData=...`, theme, platform) from the URL hash on import and keeps
 * them in sessionStorage, so reloads inside the WebView keep working.
 */
import TelegramSdk from "@twa-dev/sdk";

type TelegramWebApp = typeof TelegramSdk;

/**
 * `@twa-dev/sdk` is CommonJS (`exports.default = WebApp`). This repository is
 * `"type": "module"`, so the production bundler applies Node's interop and the
 * default import is the whole `exports` object, while Vite's dev server
 * unwraps `__esModule` and gives `WebApp` itself. Accept both.
 */
function unwrapDefault(sdk: TelegramWebApp | { default: TelegramWebApp }): TelegramWebApp {
  return "default" in sdk && sdk.default ? sdk.default : (sdk as TelegramWebApp);
}

export const WebApp: TelegramWebApp = unwrapDefault(TelegramSdk);

/** Raw signed init data, sent to the server as `Authorization: tma <initData>`. */
export function getInitData(): string {
  return WebApp.initData || "";
}

/** True when the page was opened by Telegram (i.e. it has signed init data). */
export function hasInitData(): boolean {
  return getInitData().length > 0;
}

/** Unverified language hint from Telegram; only used until /api/me answers. */
export function getTelegramLanguageCode(): string | undefined {
  return WebApp.initDataUnsafe?.user?.language_code;
}

function applyColorScheme(): void {
  // Telegram itself keeps the --tg-theme-* CSS variables up to date; we only
  // mirror the scheme so styles.css can choose matching fallbacks.
  document.documentElement.dataset.theme = WebApp.colorScheme;
}

/**
 * Tell Telegram the app is ready, expand it to full height and keep
 * `<html data-theme>` in sync with the Telegram theme.
 * Returns a function that removes the listeners.
 */
export function initTelegram(): () => void {
  applyColorScheme();
  WebApp.onEvent("themeChanged", applyColorScheme);
  WebApp.ready();
  WebApp.expand();
  return () => WebApp.offEvent("themeChanged", applyColorScheme);
}
