// The page's texts (locales/<lang>/sandbox.ftl): all seven languages are in the bundle, since the
// customer's phone may speak a language other than the page's, and the files are small. The files
// use only Fluent's simplest form (id = text with { $variables }), read here in a few lines: the
// Mini App's Fluent library stays in the Mini App's own chunks, whose first load is measured.
const sources = import.meta.glob<string>("../../locales/*/sandbox.ftl", { query: "?raw", import: "default", eager: true });

export const LANGUAGES = ["en", "ru", "ko", "az", "ar", "th", "zh"] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  ru: "Русский",
  ko: "한국어",
  az: "Azərbaycanca",
  ar: "العربية",
  th: "ไทย",
  zh: "中文",
};

/** id -> text; a line that starts with a space continues the text above it. */
function parse(source: string): Map<string, string> {
  const texts = new Map<string, string>();
  let last: string | null = null;
  for (const line of source.split("\n")) {
    const entry = /^([a-z][\w-]*)\s*=\s?(.*)$/.exec(line);
    if (entry) {
      last = entry[1]!;
      texts.set(last, entry[2]!.trim());
    } else if (last && /^\s+\S/.test(line)) {
      texts.set(last, `${texts.get(last)!}\n${line.trim()}`.trim());
    } else if (!line.startsWith("#")) {
      last = null;
    }
  }
  return texts;
}

const catalogs = new Map<string, Map<string, string>>();
for (const [path, source] of Object.entries(sources)) {
  const lang = /locales\/([a-z]{2})\/sandbox\.ftl$/.exec(path)?.[1];
  if (lang) catalogs.set(lang, parse(source));
}

export type Translate = (id: string, args?: Record<string, string | number>) => string;

/** Texts in one language, English where a text is missing, the id itself as a last resort. */
export function translator(lang: string): Translate {
  return (id, args = {}) => {
    const text = catalogs.get(lang)?.get(id) ?? catalogs.get("en")?.get(id);
    if (text === undefined) return id;
    return text.replace(/\{\s*\$(\w+)\s*\}/g, (all, name: string) => (name in args ? String(args[name]) : all));
  };
}

export function isLanguage(value: string | null | undefined): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** ?lang= first, then the browser's languages, then English. */
export function pageLanguage(): Language {
  const asked = new URLSearchParams(location.search).get("lang");
  if (isLanguage(asked)) return asked;
  for (const l of navigator.languages ?? []) {
    const base = l.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return "en";
}

export const isRtl = (lang: string) => lang === "ar";
