import type { DbClient } from "../../db/index.js";
import { audit } from "../audit/audit.js";
import { NotFoundError, ValidationError } from "../shared/errors.js";
import type { EditorAction } from "./articles.js";
import { articleLanguage, maskPersonalData, normalizeQuery, topSearchMisses } from "./search.js";
import { kbIndexChanged } from "./sync.js";

// Editors teach search: a question customers asked (usually one nothing answered, from the
// misses report) is linked to the article that answers it. The index then holds the question
// as one of the article's own phrasings in that language, so the same question and ones close
// to it find the article, even when it shares no word with the article's text.

export interface QueryLink {
  id: number;
  query: string;
  lang: string;
  articleId: number;
  slug: string;
}

/** The form a linked question is stored in: the same as the misses report shows. */
export function linkKey(query: string): string {
  return maskPersonalData(normalizeQuery(query)).toLowerCase();
}

/** Links a question (in a language) to an article, by slug or id; linking again moves it. */
export async function linkQuery(db: DbClient, input: { query: string; lang: string; article: string | number }, by?: EditorAction): Promise<QueryLink> {
  const query = linkKey(input.query);
  if (!/[\p{L}\p{N}]/u.test(query)) throw new ValidationError("query: the question has no words");
  const lang = articleLanguage(input.lang);
  if (!/^[a-z]{2}$/.test(lang)) throw new ValidationError("lang: expected a two-letter language code");
  const article = await db.kbArticle.findFirst({
    where: typeof input.article === "number" ? { id: input.article } : { slug: input.article },
    select: { id: true, slug: true },
  });
  if (!article) throw new NotFoundError("Knowledge-base article", { article: String(input.article) });
  const link = await db.kbQueryLink.upsert({
    where: { lang_query: { lang, query } },
    create: { query, lang, articleId: article.id, createdBy: by?.staffId ?? null, ...(by ? { createdAt: by.at } : {}) },
    update: { articleId: article.id, createdBy: by?.staffId ?? null },
  });
  if (by) await audit(db, { staffId: by.staffId, action: "kb-query-linked", data: { articleId: article.id, lang, query }, at: by.at });
  kbIndexChanged();
  return { id: link.id, query, lang, articleId: article.id, slug: article.slug };
}

export async function unlinkQuery(db: DbClient, id: number, by?: EditorAction): Promise<void> {
  const removed = await db.kbQueryLink.deleteMany({ where: { id } });
  if (!removed.count) throw new NotFoundError("Linked question", { id });
  if (by) await audit(db, { staffId: by.staffId, action: "kb-query-unlinked", data: { linkId: id }, at: by.at });
  kbIndexChanged();
}

export async function listQueryLinks(db: DbClient, opts: { articleId?: number; limit?: number } = {}): Promise<QueryLink[]> {
  const rows = await db.kbQueryLink.findMany({
    where: opts.articleId ? { articleId: opts.articleId } : {},
    include: { article: { select: { slug: true } } },
    orderBy: { id: "desc" },
    take: Math.min(Math.max(opts.limit ?? 100, 1), 500),
  });
  return rows.map((r) => ({ id: r.id, query: r.query, lang: r.lang, articleId: r.articleId, slug: r.article.slug }));
}

/**
 * The question of a numbered line of the misses report (1 = most asked), as the editor saw it:
 * the same window and order as topSearchMisses.
 */
export async function missByNumber(db: DbClient, since: Date, n: number, listed = 20): Promise<{ query: string; lang: string } | null> {
  if (!Number.isInteger(n) || n < 1 || n > listed) return null;
  const misses = await topSearchMisses(db, since, listed);
  const m = misses[n - 1];
  return m ? { query: m.query, lang: m.lang } : null;
}
