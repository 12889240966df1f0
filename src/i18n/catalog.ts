import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { MessageCatalog } from "../domain/experiments/catalog.js";
import { LOCALES_DIR, type Texts } from "./index.js";

// The message files as the domain sees them when an experiment is defined: which ids exist and
// their source text (with `{ $variables }` as written, which a rendered text no longer shows).

const MESSAGE_START = /^([a-z][a-z0-9-]*)\s*=\s?(.*)$/;

function readSources(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  const folder = join(LOCALES_DIR, lang);
  const files = readdirSync(folder).filter((f) => f.endsWith(".ftl") && f !== "webapp.ftl" && f !== "sandbox.ftl");
  for (const file of files) {
    let key: string | null = null;
    let lines: string[] = [];
    const flush = () => {
      if (key) out.set(key, lines.join("\n").trim());
      key = null;
      lines = [];
    };
    for (const line of readFileSync(join(folder, file), "utf8").split("\n")) {
      const start = MESSAGE_START.exec(line);
      if (start) {
        flush();
        key = start[1]!;
        lines = [start[2]!];
      } else if (key && /^\s/.test(line)) lines.push(line.trim());
      else if (!line.trim()) lines.push("");
      else flush();
    }
    flush();
  }
  return out;
}

export function messageCatalog(texts: Pick<Texts, "languages">): MessageCatalog {
  const byLang = new Map(texts.languages.map((lang) => [lang, readSources(lang)]));
  return {
    languages: texts.languages,
    text: (lang, key) => byLang.get(lang)?.get(key),
    keys: (lang) => [...(byLang.get(lang)?.keys() ?? [])],
  };
}
