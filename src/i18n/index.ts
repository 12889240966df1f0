import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";

// One set of Fluent files (locales/<lang>/*.ftl) for the bot, the outbox and the Mini App.
export const LOCALES_DIR = resolve(import.meta.dirname, "../../locales");

export type Translate = (lang: string, key: string, vars?: Record<string, string | number>) => string;

export interface Texts {
  i18n: I18n<Context & { languageCode?: string }>;
  languages: readonly string[];
  t: Translate;
}

export function loadTexts(defaultLanguage: string): Texts {
  const i18n = new I18n<Context & { languageCode?: string }>({
    defaultLocale: defaultLanguage,
    useSession: false,
    // Bidi isolation marks would end up inside Telegram messages and button data.
    fluentBundleOptions: { useIsolating: false },
    // The customer's language lives on their record; enrichment middleware puts it on the context.
    localeNegotiator: (ctx) => ctx.languageCode ?? ctx.from?.language_code,
  });
  // Every .ftl file of a language but the Mini App's and the sandbox page's (webapp.ftl,
  // sandbox.ftl: their own namespaces), so each feature can keep its texts in a file of its own
  // (bot.ftl, bot-agent.ftl...).
  for (const lang of readdirSync(LOCALES_DIR, { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    const folder = join(LOCALES_DIR, lang.name);
    const files = readdirSync(folder)
      .filter((f) => f.endsWith(".ftl") && f !== "webapp.ftl" && f !== "sandbox.ftl")
      .sort();
    if (files.length) i18n.loadLocaleSync(lang.name, { source: files.map((f) => readFileSync(join(folder, f), "utf8")).join("\n") });
  }
  const languages = [...i18n.locales].sort();
  return {
    i18n,
    languages,
    t: (lang, key, vars) => i18n.t(languages.includes(lang) ? lang : defaultLanguage, key, vars),
  };
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Customer-supplied text goes into HTML-formatted messages only through this. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!);
}
