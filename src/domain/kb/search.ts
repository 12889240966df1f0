import type { DbClient } from "../../db/index.js";

export interface KbHit {
  id: number;
  slug: string;
  title: string;
  snippet: string;
  score: number;
}

const NO_SPACE_SCRIPTS = /[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;
const STOP = new Set(["the", "and", "for", "with", "how", "what", "why", "can", "not", "my", "our", "you", "что", "как", "мне", "это", "или", "для"]);

/** Words for spaced scripts, character pairs for Chinese, Japanese, Thai and Korean. */
export function queryTerms(query: string): string[] {
  const text = query.normalize("NFKC").toLowerCase();
  const terms = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    if (NO_SPACE_SCRIPTS.test(word)) {
      const chars = [...word];
      if (chars.length === 1) terms.add(word);
      for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i]! + chars[i + 1]!);
    } else if (word.length >= 3 && !STOP.has(word)) {
      // A stem copes with word endings ("payments", "платежи"): the first 5 letters are enough.
      terms.add(word.length > 6 ? word.slice(0, Math.max(5, word.length - 3)) : word);
    }
  }
  return [...terms];
}

/**
 * A first, simple ranking over published articles in the customer's language (English as a
 * fallback): title matches count most, then keywords, then the body.
 */
export async function searchKb(db: DbClient, query: string, lang: string, limit = 3): Promise<KbHit[]> {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const rows = await db.kbTranslation.findMany({
    where: { lang: { in: [lang, "en"] }, article: { status: "published" } },
    select: { articleId: true, lang: true, title: true, body: true, keywords: true, article: { select: { slug: true, helpfulYes: true } } },
  });
  const best = new Map<number, KbHit & { preferred: boolean }>();
  for (const r of rows) {
    const title = r.title.toLowerCase();
    const body = r.body.toLowerCase();
    const keywords = r.keywords.join(" ").toLowerCase();
    let score = 0;
    for (const t of terms) {
      if (title.includes(t)) score += 3;
      if (keywords.includes(t)) score += 2;
      if (body.includes(t)) score += 1;
    }
    if (score === 0) continue;
    const normalized = score / (terms.length * 6) + Math.min(r.article.helpfulYes, 100) / 10_000;
    const preferred = r.lang === lang;
    const prev = best.get(r.articleId);
    if (prev && (prev.preferred || !preferred)) continue;
    best.set(r.articleId, {
      id: r.articleId,
      slug: r.article.slug,
      title: r.title,
      snippet: snippet(r.body, terms),
      score: Math.round(normalized * 1000) / 1000,
      preferred,
    });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ preferred: _p, ...hit }) => hit);
}

function snippet(body: string, terms: string[], width = 140): string {
  const lower = body.toLowerCase();
  const at = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, at - 40);
  const piece = body.slice(start, start + width).replace(/\s+/g, " ").trim();
  return `${start > 0 ? "…" : ""}${piece}${start + width < body.length ? "…" : ""}`;
}

export async function recordSelfService(
  db: DbClient,
  input: { customerId: number; articleId: number | null; query: string; solved: boolean; at: Date },
): Promise<void> {
  await db.selfServiceOutcome.create({
    data: { customerId: input.customerId, articleId: input.articleId, query: input.query.slice(0, 2000), solved: input.solved, createdAt: input.at },
  });
  if (input.articleId !== null) {
    await db.kbArticle.update({
      where: { id: input.articleId },
      data: input.solved ? { helpfulYes: { increment: 1 } } : { helpfulNo: { increment: 1 } },
    });
  }
}
