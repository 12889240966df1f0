/**
 * Thin integration layer over the Telegram Mini App SDK.
 *
 * `@twa-dev/sdk` bundles Telegram's own `telegram-web-app.js`, so nothing is
 * loaded from the network. The script reads the launch parameters
 * (`#tgWebAppData=...`, theme, platform) from the URL hash on import and keeps
 * them in sessionStorage, so reloads and in-app navigation keep working.
 *
 * Every call into the SDK is guarded: outside Telegram (or in an old client)
 * the buttons and haptics simply do nothing.
 */
import TelegramSdk from "@twa-dev/sdk";
import { useEffect, useRef } from "react";
import { applyReadableColors } from "./theme";

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

function supports(version: string): boolean {
  try {
    return WebApp.isVersionAtLeast(version);
  } catch {
    return false;
  }
}

function safely(action: () => unknown): void {
  try {
    action();
  } catch {
    // The SDK throws on unsupported calls in some clients; the UI works without them.
  }
}

// ---------------------------------------------------------------------------
// Theme and viewport

const darkQuery = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;

/** Telegram's colour scheme when it sent a theme; the system's preference otherwise. */
function currentScheme(): "light" | "dark" {
  if (WebApp.themeParams?.bg_color) return WebApp.colorScheme === "dark" ? "dark" : "light";
  return darkQuery?.matches ? "dark" : "light";
}

function applyColorScheme(): void {
  // Telegram itself keeps the --tg-theme-* CSS variables up to date; we only
  // mirror the scheme so styles.css can choose matching fallbacks.
  const scheme = currentScheme();
  document.documentElement.dataset.theme = scheme;
  applyReadableColors();
  if (supports("6.1") && WebApp.themeParams?.bg_color) {
    safely(() => WebApp.setHeaderColor("bg_color"));
    safely(() => WebApp.setBackgroundColor("bg_color"));
  }
}

/**
 * Tell Telegram the app is ready, expand it to full height and keep
 * `<html data-theme>` in sync with the Telegram theme (or the system's).
 * Returns a function that removes the listeners.
 */
export function initTelegram(): () => void {
  applyColorScheme();
  WebApp.onEvent("themeChanged", applyColorScheme);
  darkQuery?.addEventListener("change", applyColorScheme);
  safely(() => WebApp.ready());
  safely(() => WebApp.expand());
  return () => {
    WebApp.offEvent("themeChanged", applyColorScheme);
    darkQuery?.removeEventListener("change", applyColorScheme);
  };
}

// ---------------------------------------------------------------------------
// Haptic feedback

export function hapticImpact(style: "light" | "medium" | "heavy" = "light"): void {
  if (supports("6.1")) safely(() => WebApp.HapticFeedback.impactOccurred(style));
}

export function hapticNotify(type: "success" | "warning" | "error"): void {
  if (supports("6.1")) safely(() => WebApp.HapticFeedback.notificationOccurred(type));
}

export function hapticSelection(): void {
  if (supports("6.1")) safely(() => WebApp.HapticFeedback.selectionChanged());
}

/** Closes the Mini App (inside Telegram); elsewhere nothing happens. */
export function closeMiniApp(): void {
  safely(() => WebApp.close());
}

// ---------------------------------------------------------------------------
// Back and main buttons as React hooks

/** Shows Telegram's BackButton while `visible`; pressing it calls the latest `onBack`. */
export function useBackButton(visible: boolean, onBack: () => void): void {
  const handler = useRef(onBack);
  handler.current = onBack;

  useEffect(() => {
    if (!supports("6.1")) return;
    const listener = () => handler.current();
    safely(() => WebApp.BackButton.onClick(listener));
    return () => safely(() => WebApp.BackButton.offClick(listener));
  }, []);

  useEffect(() => {
    if (!supports("6.1")) return;
    safely(() => (visible ? WebApp.BackButton.show() : WebApp.BackButton.hide()));
  }, [visible]);

  useEffect(() => () => safely(() => WebApp.BackButton.hide()), []);
}

export interface MainButtonOptions {
  text: string;
  onClick: () => void;
  /** Shows Telegram's spinner on the button and ignores presses. */
  progress?: boolean;
  disabled?: boolean;
}

/** Shows Telegram's MainButton while the calling component is mounted. */
export function useMainButton({ text, onClick, progress = false, disabled = false }: MainButtonOptions): void {
  const handler = useRef(onClick);
  handler.current = onClick;

  useEffect(() => {
    const button = WebApp.MainButton;
    const listener = () => handler.current();
    safely(() => button.onClick(listener));
    return () => {
      safely(() => button.offClick(listener));
      safely(() => button.hideProgress());
      safely(() => button.hide());
    };
  }, []);

  useEffect(() => {
    const button = WebApp.MainButton;
    safely(() => {
      button.setText(text);
      if (disabled) button.disable();
      else button.enable();
      if (progress) button.showProgress(false);
      else button.hideProgress();
      button.show();
    });
  }, [text, progress, disabled]);
}
