/**
 * Localization with Fluent.
 *
 * Every `locales/<lang>/webapp.ftl` is bundled at build time, so adding a
 * language is just adding a folder. Missing messages fall back to English.
 */
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { createContext, createElement, useContext, useEffect, useMemo, type ReactNode } from "react";

export const DEFAULT_LANGUAGE = "en";

/** Languages written right-to-left (base subtags). */
const RTL_LANGUAGES = new Set(["ar", "fa", "he"]);

export type TranslationArgs = Record<string, FluentVariable>;
export type Translate = (id: string, args?: TranslationArgs) => string;

const sources = import.meta.glob<string>("../../locales/*/webapp.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

function reportErrors(context: string, errors: readonly Error[]): void {
  if (import.meta.env.DEV && errors.length > 0) {
    console.warn(`[i18n] ${context}`, errors);
  }
}

function buildBundles(): ReadonlyMap<string, FluentBundle> {
  const bundles = new Map<string, FluentBundle>();
  for (const [path, source] of Object.entries(sources)) {
    const language = /\/locales\/([^/]+)\/webapp\.ftl$/.exec(path)?.[1];
    if (!language) continue;
    const bundle = new FluentBundle(language, { useIsolating: false });
    reportErrors(`errors in ${path}`, bundle.addResource(new FluentResource(source)));
    bundles.set(language.toLowerCase(), bundle);
  }
  if (!bundles.has(DEFAULT_LANGUAGE)) {
    throw new Error(`locales/${DEFAULT_LANGUAGE}/webapp.ftl is missing`);
  }
  return bundles;
}

const bundles = buildBundles();

export const availableLanguages: readonly string[] = [...bundles.keys()];

/**
 * Pick the first supported language among the candidates (e.g. the user's
 * saved language, then Telegram's), matching "pt-BR" to "pt" when needed.
 */
export function resolveLanguage(...candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const tag = candidate.trim().toLowerCase().replaceAll("_", "-");
    if (bundles.has(tag)) return tag;
    const base = tag.split("-")[0];
    if (base && bundles.has(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

export function isRtl(language: string): boolean {
  return RTL_LANGUAGES.has(language.split("-")[0] ?? language);
}

export function createTranslator(language: string): Translate {
  const chain = [bundles.get(language), bundles.get(DEFAULT_LANGUAGE)].filter(
    (bundle): bundle is FluentBundle => bundle !== undefined,
  );
  return (id, args) => {
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

export function I18nProvider({ language, children }: { language: string; children?: ReactNode }) {
  const value = useMemo(() => ({ language, t: createTranslator(language) }), [language]);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    root.dir = isRtl(language) ? "rtl" : "ltr";
    document.title = value.t("app-title");
  }, [language, value]);

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
