// All published articles, indexed per language in memory. A question is searched in the
// customer's language; when nothing there answers it well, in the other languages too, and the
// article is then shown in the customer's language if it has that translation, else in English.
import { LangIndex, type LangHit } from "./lang-index.js";
import { baseLanguage } from "./text.js";
import { LEXICONS } from "../lexicon/index.js";

export interface IndexTranslation {
  lang: string;
  title: string;
  body: string;
  keywords: readonly string[];
}

export interface IndexArticle {
  id: number;
  slug: string;
  published: boolean;
  helpfulYes: number;
  helpfulNo: number;
  translations: readonly IndexTranslation[];
  /** Questions editors linked to the article, by language. */
  learned: ReadonlyArray<{ lang: string; query: string }>;
}

export interface IndexHit {
  articleId: number;
  slug: string;
  /** The language of the title and body given. */
  lang: string;
  title: string;
  body: string;
  /** The language whose translation matched the question. */
  matchedLang: string;
  /** 0..1, comparable across languages. */
  quality: number;
  matched: string[];
}

/** The script each language is written in; others count as Latin. */
const SCRIPT: Record<string, string> = { ru: "cyrillic", uk: "cyrillic", ar: "arabic", fa: "arabic", ko: "hangul", zh: "han", ja: "han", th: "thai" };

function scriptsOf(text: string): Set<string> {
  const out = new Set<string>();
  if (/[a-z]/i.test(text)) out.add("latin");
  if (/[\u0400-\u04FF]/u.test(text)) out.add("cyrillic");
  if (/[\u0600-\u06FF]/u.test(text)) out.add("arabic");
  if (/[\uAC00-\uD7AF]/u.test(text)) out.add("hangul");
  if (/[\u3040-\u30FF\u3400-\u9FFF]/u.test(text)) out.add("han");
  if (/[\u0E00-\u0E7F]/u.test(text)) out.add("thai");
  return out;
}

/** Below this quality a translation is not a hit at all. */
export const MIN_QUALITY = 0.25;
/** Quality from which a hit answers the question: the answer-card threshold, in every language. */
export const CONFIDENT_QUALITY = 0.5;
/** A match found through another language's translation counts a little less. */
const OTHER_LANGUAGE_FACTOR = 0.9;

interface Entry {
  article: IndexArticle;
  docs: Array<{ lang: string; doc: number }>;
  boost: number;
}

export class KbIndex {
  private readonly langs = new Map<string, LangIndex>();
  private readonly entries = new Map<number, Entry>();

  private lang(code: string): LangIndex {
    let l = this.langs.get(code);
    if (!l) {
      l = new LangIndex(code, LEXICONS[code]);
      this.langs.set(code, l);
    }
    return l;
  }

  get articles(): number {
    return this.entries.size;
  }

  get translations(): number {
    let n = 0;
    for (const l of this.langs.values()) n += l.size;
    return n;
  }

  /** Adds or replaces an article (a draft is removed). */
  put(article: IndexArticle): void {
    this.remove(article.id);
    if (!article.published) return;
    const byLang = new Map<string, { t?: IndexTranslation; learned: string[] }>();
    for (const t of article.translations) byLang.set(baseLanguage(t.lang), { t, learned: [] });
    for (const l of article.learned) {
      const code = baseLanguage(l.lang);
      const e = byLang.get(code) ?? { learned: [] };
      e.learned.push(l.query);
      byLang.set(code, e);
    }
    const docs: Entry["docs"] = [];
    for (const [code, { t, learned }] of byLang) {
      const doc = this.lang(code).add(article.id, { title: t?.title ?? "", keywords: t?.keywords ?? [], body: t?.body ?? "", learned });
      docs.push({ lang: code, doc });
    }
    // What customers found helpful moves an article up a little: a tie-breaker between close
    // matches, never enough to put a worse match first. Laplace-smoothed share of "yes".
    const share = (article.helpfulYes + 1) / (article.helpfulYes + article.helpfulNo + 2);
    this.entries.set(article.id, { article, docs, boost: 0.98 + 0.04 * share });
  }

  remove(articleId: number): void {
    const e = this.entries.get(articleId);
    if (!e) return;
    for (const { lang, doc } of e.docs) this.langs.get(lang)?.remove(doc);
    this.entries.delete(articleId);
  }

  /** Share of removed translations still taking space; the owner rebuilds past a limit. */
  get garbageShare(): number {
    let dead = 0;
    let all = 0;
    for (const l of this.langs.values()) {
      dead += l.garbage;
      all += l.garbage + l.size;
    }
    return all ? dead / all : 0;
  }

  search(query: string, lang: string, limit: number): Array<IndexHit & { otherLanguage: boolean }> {
    const code = baseLanguage(lang);
    const boost = (id: number) => this.entries.get(id)?.boost ?? 1;
    const wide = Math.max(limit, 5);
    const own = this.langs.get(code)?.search(query, wide, MIN_QUALITY, boost) ?? [];
    const found = new Map<number, { hit: LangHit; from: string; score: number }>();
    for (const h of own) found.set(h.articleId, { hit: h, from: code, score: h.quality });
    if (!own.length || own[0]!.quality < CONFIDENT_QUALITY) {
      const scripts = scriptsOf(query);
      for (const [other, index] of this.langs) {
        // Languages written in the question's script (and English, which every article has),
        // where some word of the question is used at all.
        if (other === code || !(other === "en" || scripts.has(SCRIPT[other] ?? "latin")) || !index.knowsAny(query)) continue;
        for (const h of index.search(query, wide, MIN_QUALITY, boost)) {
          const score = h.quality * OTHER_LANGUAGE_FACTOR;
          const prev = found.get(h.articleId);
          if (!prev || prev.score < score) found.set(h.articleId, { hit: { ...h, quality: score }, from: other, score });
        }
      }
    }
    const ranked = [...found.values()].sort((a, b) => b.score * boost(b.hit.articleId) - a.score * boost(a.hit.articleId) || a.hit.articleId - b.hit.articleId);
    const out: Array<IndexHit & { otherLanguage: boolean }> = [];
    for (const { hit, from } of ranked.slice(0, limit)) {
      const e = this.entries.get(hit.articleId);
      if (!e) continue;
      const ts = e.article.translations;
      const t =
        ts.find((x) => baseLanguage(x.lang) === code) ??
        ts.find((x) => baseLanguage(x.lang) === "en") ??
        ts.find((x) => baseLanguage(x.lang) === from) ??
        ts[0];
      if (!t) continue;
      out.push({
        articleId: hit.articleId,
        slug: e.article.slug,
        lang: baseLanguage(t.lang),
        title: t.title,
        body: t.body,
        matchedLang: from,
        quality: hit.quality,
        matched: hit.matched,
        otherLanguage: baseLanguage(t.lang) !== code,
      });
    }
    return out;
  }
}
