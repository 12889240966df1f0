/**
 * Localization with Fluent.
 *
 * English, the fallback, is part of the first bundle; every other `locales/<lang>/webapp.ftl` is
 * a small chunk of its own, fetched when that language is needed (adding a language is just
 * adding a folder). Missing messages fall back to English.
 */
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { createContext, createElement, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import english from "../../locales/en/webapp.ftl?raw";

export const DEFAULT_LANGUAGE = "en";

/** Languages written right-to-left (base subtags). */
const RTL_LANGUAGES = new Set(["ar", "fa", "he"]);

export type TranslationArgs = Record<string, FluentVariable>;
export type Translate = (id: string, args?: TranslationArgs) => string;

const loaders = import.meta.glob<string>(["../../locales/*/webapp.ftl", "!../../locales/en/webapp.ftl"], {
  query: "?raw",
  import: "default",
});

function reportErrors(context: string, errors: readonly Error[]): void {
  if (import.meta.env.DEV && errors.length > 0) {
    console.warn(`[i18n] ${context}`, errors);
  }
}

function makeBundle(language: string, source: string): FluentBundle {
  const bundle = new FluentBundle(language, { useIsolating: false });
  reportErrors(`errors in locales/${language}/webapp.ftl`, bundle.addResource(new FluentResource(source)));
  return bundle;
}

const bundles = new Map<string, FluentBundle>([[DEFAULT_LANGUAGE, makeBundle(DEFAULT_LANGUAGE, english)]]);
const pending = new Map<string, Promise<void>>();
const loaderByLanguage = new Map<string, () => Promise<string>>();
for (const [path, load] of Object.entries(loaders)) {
  const language = /\/locales\/([^/]+)\/webapp\.ftl$/.exec(path)?.[1];
  if (language) loaderByLanguage.set(language.toLowerCase(), load);
}

export const availableLanguages: readonly string[] = [DEFAULT_LANGUAGE, ...loaderByLanguage.keys()];

export function isLanguageLoaded(language: string): boolean {
  return bundles.has(language);
}

/** Fetches a language's texts once; resolves at once for English or one already here. */
export function loadLanguage(language: string): Promise<void> {
  if (bundles.has(language)) return Promise.resolve();
  const load = loaderByLanguage.get(language);
  if (!load) return Promise.resolve();
  let promise = pending.get(language);
  if (!promise) {
    promise = load().then(
      (source) => {
        bundles.set(language, makeBundle(language, source));
      },
      (error: unknown) => {
        // Offline: English until the next attempt.
        pending.delete(language);
        reportErrors(`could not load ${language}`, [error instanceof Error ? error : new Error(String(error))]);
      },
    );
    pending.set(language, promise);
  }
  return promise;
}

/**
 * Pick the first supported language among the candidates (e.g. the user's
 * saved language, then Telegram's), matching "pt-BR" to "pt" when needed.
 */
export function resolveLanguage(...candidates: ReadonlyArray<string | null | undefined>): string {
  const known = new Set(availableLanguages);
  for (const candidate of candidates) {
    if (!candidate) continue;
    const tag = candidate.trim().toLowerCase().replaceAll("_", "-");
    if (known.has(tag)) return tag;
    const base = tag.split("-")[0];
    if (base && known.has(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

export function isRtl(language: string): boolean {
  return RTL_LANGUAGES.has(language.split("-")[0] ?? language);
}

export function createTranslator(language: string): Translate {
  const chain = [bundles.get(language), bundles.get(DEFAULT_LANGUAGE)].filter((bundle): bundle is FluentBundle => bundle !== undefined);
  // In a right-to-left page a name or a file name in Latin letters would carry the sentence's
  // punctuation to its wrong end: text arguments are isolated (FSI ... PDI); numbers need not be.
  const isolate = isRtl(language);
  return (id, rawArgs) => {
    const args =
      isolate && rawArgs ? Object.fromEntries(Object.entries(rawArgs).map(([k, v]) => [k, typeof v === "string" ? `\u2068${v}\u2069` : v])) : rawArgs;
    for (const bundle of chain) {
      const message = bundle.getMessage(id);
      if (!message?.value) continue;
      const errors: Error[] = [];
      const text = bundle.formatPattern(message.value, args, errors);
      reportErrors(`errors formatting "${id}" (${bundle.locales[0]})`, errors);
      return text;
    }
    reportErrors(`missing message "${id}"`, [new Error(id)]);
    return id;
  };
}

interface I18nContextValue {
  language: string;
  t: Translate;
}

const I18nContext = createContext<I18nContextValue>({
  language: DEFAULT_LANGUAGE,
  t: createTranslator(DEFAULT_LANGUAGE),
});

/**
 * Provides `t` for `language`. A language whose texts are still on their way is shown in the
 * last one that was ready, so the page never flashes message ids.
 */
export function I18nProvider({ language, children }: { language: string; children?: ReactNode }) {
  const [, setLoaded] = useState(0);
  const shown = useRef(DEFAULT_LANGUAGE);
  if (isLanguageLoaded(language)) shown.current = language;
  const current = shown.current;

  useEffect(() => {
    if (isLanguageLoaded(language)) return;
    let live = true;
    void loadLanguage(language).then(() => live && setLoaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, [language]);

  const value = useMemo(() => ({ language: current, t: createTranslator(current) }), [current]);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = current;
    root.dir = isRtl(current) ? "rtl" : "ltr";
    document.title = value.t("app-title");
  }, [current, value]);

  return createElement(I18nContext.Provider, { value }, children);
}

/** The current language code, e.g. "en". */
export function useLanguage(): string {
  return useContext(I18nContext).language;
}

/** Returns `t(id, args?)` for the current language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}
