import { cleanText } from "../text/normalize.js";
import { truncateAtWord } from "../text/truncate.js";
import type { DbClient } from "../../db/index.js";
import { CONFIDENT_QUALITY } from "./engine/kb-index.js";
import { windowSnippet } from "./snippet.js";
import { kbIndex, kbIndexChanged } from "./sync.js";

export { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from "./snippet.js";
export {
  createArticle,
  getArticle,
  listArticles,
  publishArticle,
  updateArticle,
  voteArticle,
  type ArticleDetail,
  type ArticleSummary,
  type ArticleView,
} from "./articles.js";

export interface KbHit {
  /** The article's id (the same in every language). */
  id: number;
  slug: string;
  /** The language of title and snippet: the customer's, else English (see otherLanguage). */
  lang: string;
  title: string;
  /** Plain text; the words that matched are between « and ». */
  snippet: string;
  /**
   * How well the article answers the question, 0 to 4, comparable across languages: the share
   * of the question's meaning the article covers (see engine/lang-index.ts), times SCORE_SCALE.
   */
  score: number;
  /** Answers the question well enough to be offered as the answer (score >= CONFIDENT_SCORE). */
  confident: boolean;
  /** Shown in another language than the customer's: the article has no translation in theirs. */
  otherLanguage: boolean;
  /** Found through another language's translation (the customer's found nothing good). */
  matchedLang: string;
}

export const MAX_RESULTS = 20;
export const MAX_QUERY_CHARS = 200;
const SCORE_SCALE = 4;
/** The answer-card threshold: one number for every language. */
export const CONFIDENT_SCORE = CONFIDENT_QUALITY * SCORE_SCALE;

/** Whitespace collapsed, cut at a word boundary near MAX_QUERY_CHARS. */
export function normalizeQuery(query: string): string {
  // Normalised like every incoming text, and cut between graphemes: an emoji across the cut
  // must not leave half a character for PostgreSQL to refuse.
  const text = cleanText(query).replace(/\s+/g, " ");
  return truncateAtWord(text, MAX_QUERY_CHARS);
}

/** "pt-BR" -> "pt": articles are stored under two-letter codes. */
export function articleLanguage(lang: string): string {
  return (lang.toLowerCase().split(/[-_]/)[0] ?? "").slice(0, 8) || "en";
}

/**
 * The published articles that best answer a question, best first. Searched in the customer's
 * language; when nothing there answers well, in the other translations too, and then shown in
 * the customer's language if the article has it, else in English (otherLanguage says so).
 * A question nothing answers is recorded for the editors.
 */
export async function searchKb(db: DbClient, query: string, lang: string, limit = 3): Promise<KbHit[]> {
  const text = normalizeQuery(query);
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  const language = articleLanguage(lang);
  const index = await kbIndex(db);
  const hits = index.search(text, language, Math.min(Math.max(Math.trunc(limit), 1), MAX_RESULTS));
  if (!hits.length) {
    await recordSearchMiss(db, text, language);
    return [];
  }
  return hits.map((h) => {
    const score = Math.round(h.quality * SCORE_SCALE * 1000) / 1000;
    return {
      id: h.articleId,
      slug: h.slug,
      lang: h.lang,
      title: h.title,
      snippet: windowSnippet(h.body, h.lang === h.matchedLang ? `${text} ${h.matched.join(" ")}` : h.title),
      score,
      confident: score >= CONFIDENT_SCORE,
      otherLanguage: h.otherLanguage,
      matchedLang: h.matchedLang,
    };
  });
}

/** Whether a hit is good enough to be offered as the answer (the bot's answer card). */
export function isConfident(hit: Pick<KbHit, "score">): boolean {
  return hit.score >= CONFIDENT_SCORE;
}

// Numbers long enough to be a card, phone or order number, and e-mail addresses, are not kept:
// editors need the question, not the customer's data.
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
const LONG_NUMBER = /\d(?:[\s-]?\d){5,}/g;

export function maskPersonalData(text: string): string {
  return text.replace(EMAIL, "[email]").replace(LONG_NUMBER, "[number]");
}

export async function recordSearchMiss(db: DbClient, query: string, lang: string, at: Date = new Date()): Promise<void> {
  const text = normalizeQuery(query);
  if (!text) return;
  await db.kbSearchMiss.create({ data: { query: maskPersonalData(text), lang: articleLanguage(lang), createdAt: at } });
}

export interface SearchMiss {
  query: string;
  lang: string;
  count: number;
  lastAt: Date;
}

/**
 * The questions nothing answered since a date, most asked first (case and spacing ignored);
 * questions an editor has since linked to an article are left out.
 */
export async function topSearchMisses(db: DbClient, since: Date, limit = 20): Promise<SearchMiss[]> {
  const rows = await db.$queryRaw<Array<{ query: string; lang: string; count: number; last_at: Date }>>`
    SELECT lower(regexp_replace(btrim(m.query), '\\s+', ' ', 'g')) AS query, m.lang, count(*)::int AS count, max(m.created_at) AS last_at
    FROM kb_search_misses m
    WHERE m.created_at >= ${since}
      AND NOT EXISTS (SELECT 1 FROM kb_query_links l WHERE l.lang = m.lang AND l.query = lower(regexp_replace(btrim(m.query), '\\s+', ' ', 'g')))
    GROUP BY 1, 2
    ORDER BY count DESC, last_at DESC, query
    LIMIT ${Math.min(Math.max(Math.trunc(limit), 1), 500)}`;
  return rows.map((r) => ({ query: r.query, lang: r.lang, count: r.count, lastAt: r.last_at }));
}

export interface UnhelpfulArticle {
  articleId: number;
  slug: string;
  title: string;
  /** Shown as the best answer, and the customer said it did not solve the problem. */
  notSolved: number;
  solved: number;
}

/** Articles the bot offered that did not solve the problem (a ticket followed), worst first. */
export async function articlesLeadingToTickets(db: DbClient, since: Date, limit = 50): Promise<UnhelpfulArticle[]> {
  const rows = await db.$queryRaw<Array<{ article_id: number; slug: string; title: string; not_solved: number; solved: number }>>`
    SELECT o.article_id, a.slug,
      coalesce((SELECT title FROM kb_translations WHERE article_id = a.id ORDER BY lang = 'en' DESC, lang LIMIT 1), a.slug) AS title,
      count(*) FILTER (WHERE NOT o.solved)::int AS not_solved,
      count(*) FILTER (WHERE o.solved)::int AS solved
    FROM self_service_outcomes o
    JOIN kb_articles a ON a.id = o.article_id
    WHERE o.created_at >= ${since} AND o.article_id IS NOT NULL
    GROUP BY o.article_id, a.id, a.slug
    HAVING count(*) FILTER (WHERE NOT o.solved) > 0
    ORDER BY not_solved DESC, solved ASC, o.article_id
    LIMIT ${Math.min(Math.max(Math.trunc(limit), 1), 500)}`;
  return rows.map((r) => ({ articleId: r.article_id, slug: r.slug, title: r.title, notSolved: r.not_solved, solved: r.solved }));
}

/** What the customer answered to "Did this solve it?" after the bot offered articles. */
export async function recordSelfService(
  db: DbClient,
  input: { customerId: number; articleId: number | null; query: string; solved: boolean; at: Date },
): Promise<void> {
  await db.selfServiceOutcome.create({
    data: { customerId: input.customerId, articleId: input.articleId, query: input.query.slice(0, 2000), solved: input.solved, createdAt: input.at },
  });
  if (input.articleId !== null) {
    // Plain SQL: a counter is not an edit, so updated_at stays.
    await db.$executeRaw`
      UPDATE kb_articles SET
        helpful_yes = helpful_yes + CASE WHEN ${input.solved} THEN 1 ELSE 0 END,
        helpful_no = helpful_no + CASE WHEN ${input.solved} THEN 0 ELSE 1 END
      WHERE id = ${input.articleId}`;
    kbIndexChanged();
  }
}
