import { safeText } from "../text/safe-text.js";
import { z } from "zod";
import type { DbClient } from "../../db/index.js";
import type { StaffRole } from "../../db/generated/client.js";
import { audit } from "../audit/audit.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../shared/errors.js";
import { can } from "../staff/permissions.js";
import { kbIndexChanged } from "./sync.js";

// Articles: one per problem, with a translation per language. Readers get their language or
// English; editors write drafts and publish them. Counters (views, votes) are written with plain
// SQL so that they do not move `updated_at`, which means "the text changed".

export const languageCode = z.string().regex(/^[a-z]{2}$/, "expected a two-letter language code");

export const translationInput = z.object({
  title: safeText().min(1).max(200),
  body: safeText().min(1).max(20_000),
  // The ways customers put the problem, misspellings included: they weigh more than the body.
  keywords: z.array(safeText().min(1).max(100)).max(40).default([]),
});

const translations = z.record(languageCode, translationInput).refine((r) => Object.keys(r).length > 0, "at least one translation is needed");

export const articleInput = z.object({
  slug: z
    .string()
    .min(3)
    .max(80)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case letters, digits and dashes"),
  category: safeText().min(1).max(40),
  tags: z.array(safeText().min(1).max(40)).max(20).default([]),
  translations,
});
export type ArticleInput = z.input<typeof articleInput>;

export const articlePatch = z
  .object({
    category: safeText().min(1).max(40).optional(),
    tags: z.array(safeText().min(1).max(40)).max(20).optional(),
    /** Added or replaced translations, by language. */
    translations: z.record(languageCode, translationInput).optional(),
    removeLanguages: z.array(languageCode).max(50).optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), "nothing to change");
export type ArticlePatch = z.input<typeof articlePatch>;

/** Who made an editor change, for the audit log. */
export interface EditorAction {
  staffId: number;
  at: Date;
}

export interface ArticleTranslation {
  lang: string;
  title: string;
  body: string;
  keywords: string[];
}

export interface ArticleDetail {
  id: number;
  slug: string;
  category: string;
  tags: string[];
  status: "draft" | "published";
  views: number;
  helpfulYes: number;
  helpfulNo: number;
  updatedAt: Date;
  translations: ArticleTranslation[];
}

/** One article as a reader sees it: in the asked language, else English, else any. */
export interface ArticleView {
  id: number;
  slug: string;
  category: string;
  tags: string[];
  lang: string;
  title: string;
  body: string;
  helpfulYes: number;
  helpfulNo: number;
  views: number;
  languages: string[];
  updatedAt: Date;
}

export interface ArticleSummary {
  id: number;
  slug: string;
  category: string;
  lang: string;
  title: string;
  helpfulYes: number;
  views: number;
}

/** The staff member behind a Telegram account, if their role may edit the knowledge base (the permission table decides). */
export async function requireEditor(db: DbClient, telegramId: bigint): Promise<{ id: number; role: StaffRole }> {
  const staff = await db.staffMember.findFirst({ where: { telegramId, active: true }, select: { id: true, role: true } });
  if (!staff || !can(staff, "kb.edit")) throw new ForbiddenError("Only knowledge-base editors may do this.");
  return staff;
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const reason = result.error.issues.map((i) => `${i.path.join(".") || "article"}: ${i.message}`).join("; ");
  throw new ValidationError(reason);
}

function pickTranslation<T extends { lang: string }>(all: T[], lang: string): T | undefined {
  return all.find((t) => t.lang === lang) ?? all.find((t) => t.lang === "en") ?? [...all].sort((a, b) => a.lang.localeCompare(b.lang))[0];
}

const isId = (slugOrId: string | number) => typeof slugOrId === "number" || /^\d{1,9}$/.test(slugOrId);

/** A published article for reading; counts as a view. */
export async function getArticle(db: DbClient, slugOrId: string | number, lang: string): Promise<ArticleView> {
  const key = String(slugOrId);
  const found = await db.kbArticle.findMany({
    where: { status: "published", OR: [{ slug: key }, ...(isId(slugOrId) ? [{ id: Number(slugOrId) }] : [])] },
    include: { translations: true },
    take: 2,
  });
  // A slug made of digits wins over the article with that id.
  const article = found.find((a) => a.slug === key) ?? found[0];
  const t = article && pickTranslation(article.translations, lang);
  if (!article || !t) throw new NotFoundError("Knowledge-base article", { slugOrId: key });
  await db.$executeRaw`UPDATE kb_articles SET views = views + 1 WHERE id = ${article.id}`;
  return {
    id: article.id,
    slug: article.slug,
    category: article.category,
    tags: article.tags,
    lang: t.lang,
    title: t.title,
    body: t.body,
    helpfulYes: article.helpfulYes,
    helpfulNo: article.helpfulNo,
    views: article.views + 1,
    languages: article.translations.map((x) => x.lang).sort(),
    updatedAt: article.updatedAt,
  };
}

/**
 * "Was this helpful?" With a voter, one vote per person: voting again moves the vote. Returns the
 * article's counters after the vote.
 */
export async function voteArticle(
  db: DbClient,
  articleId: number,
  helpful: boolean,
  voterTelegramId?: bigint,
): Promise<{ helpfulYes: number; helpfulNo: number }> {
  const rows =
    voterTelegramId === undefined
      ? await db.$queryRaw<Array<{ helpful_yes: number; helpful_no: number }>>`
          UPDATE kb_articles SET
            helpful_yes = helpful_yes + CASE WHEN ${helpful} THEN 1 ELSE 0 END,
            helpful_no = helpful_no + CASE WHEN ${helpful} THEN 0 ELSE 1 END
          WHERE id = ${articleId} AND status = 'published'
          RETURNING helpful_yes, helpful_no`
      : // One statement, so the vote and the counters change together.
        await db.$queryRaw<Array<{ helpful_yes: number; helpful_no: number }>>`
          WITH article AS (SELECT id FROM kb_articles WHERE id = ${articleId} AND status = 'published'),
          previous AS (SELECT helpful FROM kb_article_votes WHERE article_id = ${articleId} AND telegram_id = ${voterTelegramId}),
          vote AS (
            INSERT INTO kb_article_votes (article_id, telegram_id, helpful, created_at)
            SELECT id, ${voterTelegramId}, ${helpful}, now() AT TIME ZONE 'UTC' FROM article
            ON CONFLICT (article_id, telegram_id) DO UPDATE SET helpful = EXCLUDED.helpful, created_at = EXCLUDED.created_at
            RETURNING helpful)
          UPDATE kb_articles a SET
            helpful_yes = a.helpful_yes + CASE WHEN ${helpful} THEN 1 ELSE 0 END - CASE WHEN (SELECT helpful FROM previous) IS TRUE THEN 1 ELSE 0 END,
            helpful_no = a.helpful_no + CASE WHEN ${helpful} THEN 0 ELSE 1 END - CASE WHEN (SELECT helpful FROM previous) IS FALSE THEN 1 ELSE 0 END
          FROM article WHERE a.id = article.id AND EXISTS (SELECT 1 FROM vote)
          RETURNING a.helpful_yes, a.helpful_no`;
  const row = rows[0];
  if (!row) throw new NotFoundError("Knowledge-base article", { articleId });
  kbIndexChanged();
  return { helpfulYes: row.helpful_yes, helpfulNo: row.helpful_no };
}

export interface ListOptions {
  lang: string;
  category?: string | undefined;
  /** Most helpful and most read first (3 x helpful votes + views), else by category and title. */
  popular?: boolean | undefined;
  limit?: number | undefined;
}

/** Published articles with a translation in the language or in English. */
export async function listArticles(db: DbClient, opts: ListOptions): Promise<ArticleSummary[]> {
  const limit = Math.min(Math.max(opts.limit ?? 100, 1), 500);
  const rows = await db.$queryRaw<Array<{ id: number; slug: string; category: string; lang: string; title: string; helpful_yes: number; views: number }>>`
    SELECT a.id, a.slug, a.category, t.lang, t.title, a.helpful_yes, a.views
    FROM kb_articles a
    JOIN LATERAL (
      SELECT lang, title FROM kb_translations
      WHERE article_id = a.id AND lang IN (${opts.lang}, 'en')
      ORDER BY lang = ${opts.lang} DESC LIMIT 1) t ON true
    WHERE a.status = 'published' AND (${opts.category ?? null}::text IS NULL OR a.category = ${opts.category ?? null}::text)
    ORDER BY CASE WHEN ${opts.popular ?? false} THEN a.helpful_yes * 3 + a.views END DESC NULLS LAST, a.category, t.title, a.id
    LIMIT ${limit}`;
  return rows.map((r) => ({ id: r.id, slug: r.slug, category: r.category, lang: r.lang, title: r.title, helpfulYes: r.helpful_yes, views: r.views }));
}

const detailInclude = { translations: { orderBy: { lang: "asc" as const } } };

type ArticleWithTranslations = Awaited<ReturnType<typeof loadArticle>>;

function loadArticle(db: DbClient, id: number) {
  return db.kbArticle.findUnique({ where: { id }, include: detailInclude });
}

function toDetail(a: NonNullable<ArticleWithTranslations>): ArticleDetail {
  return {
    id: a.id,
    slug: a.slug,
    category: a.category,
    tags: a.tags,
    status: a.status,
    views: a.views,
    helpfulYes: a.helpfulYes,
    helpfulNo: a.helpfulNo,
    updatedAt: a.updatedAt,
    translations: a.translations.map((t) => ({ lang: t.lang, title: t.title, body: t.body, keywords: t.keywords })),
  };
}

/** A new article with its translations, as a draft: readers see it once it is published. */
export async function createArticle(db: DbClient, input: unknown, by?: EditorAction): Promise<ArticleDetail> {
  const a = parse(articleInput, input);
  if (await db.kbArticle.findUnique({ where: { slug: a.slug }, select: { id: true } })) {
    throw new ConflictError("slug-taken", `An article with the slug "${a.slug}" already exists.`);
  }
  const created = await db.kbArticle.create({
    data: {
      slug: a.slug,
      category: a.category,
      tags: a.tags,
      status: "draft",
      translations: { create: Object.entries(a.translations).map(([lang, t]) => ({ lang, ...t })) },
    },
    include: detailInclude,
  });
  if (by) await audit(db, { staffId: by.staffId, action: "kb-article-created", data: { articleId: created.id, slug: a.slug }, at: by.at });
  kbIndexChanged();
  return toDetail(created);
}

/** Changes category, tags or translations (given languages are replaced, removed ones deleted). */
export async function updateArticle(db: DbClient, articleId: number, patch: unknown, by?: EditorAction): Promise<ArticleDetail> {
  const p = parse(articlePatch, patch);
  const current = await loadArticle(db, articleId);
  if (!current) throw new NotFoundError("Knowledge-base article", { articleId });
  const remove = (p.removeLanguages ?? []).filter((l) => !p.translations?.[l]);
  const left = new Set([...current.translations.map((t) => t.lang).filter((l) => !remove.includes(l)), ...Object.keys(p.translations ?? {})]);
  if (!left.size) throw new ValidationError("An article needs at least one translation.");
  const updated = await db.kbArticle.update({
    where: { id: articleId },
    data: {
      ...(p.category !== undefined ? { category: p.category } : {}),
      ...(p.tags !== undefined ? { tags: p.tags } : {}),
      translations: {
        ...(remove.length ? { deleteMany: { lang: { in: remove } } } : {}),
        upsert: Object.entries(p.translations ?? {}).map(([lang, t]) => ({
          where: { articleId_lang: { articleId, lang } },
          create: { lang, ...t },
          update: t,
        })),
      },
    },
    include: detailInclude,
  });
  if (by) {
    await audit(db, {
      staffId: by.staffId,
      action: "kb-article-updated",
      data: { articleId, languages: Object.keys(p.translations ?? {}), removed: remove },
      at: by.at,
    });
  }
  kbIndexChanged();
  return toDetail(updated);
}

/** Publishes an article (or takes it back to draft). */
export async function publishArticle(db: DbClient, articleId: number, published = true, by?: EditorAction): Promise<ArticleDetail> {
  const current = await loadArticle(db, articleId);
  if (!current) throw new NotFoundError("Knowledge-base article", { articleId });
  if (published && !current.translations.length) throw new ValidationError("An article needs a translation before it is published.");
  const updated = await db.kbArticle.update({
    where: { id: articleId },
    data: { status: published ? "published" : "draft" },
    include: detailInclude,
  });
  if (by) await audit(db, { staffId: by.staffId, action: published ? "kb-article-published" : "kb-article-unpublished", data: { articleId }, at: by.at });
  kbIndexChanged();
  return toDetail(updated);
}

/** An article in any state (drafts too), for editors. */
export async function getArticleBySlugForEditing(db: DbClient, slug: string) {
  const article = await db.kbArticle.findUnique({
    where: { slug },
    select: { id: true, slug: true, status: true, translations: { select: { lang: true, title: true, body: true, keywords: true } } },
  });
  if (!article) throw new NotFoundError("Knowledge-base article", { slug });
  return article;
}

const TOPIC_CATEGORY: Record<string, string> = {
  payment: "payments",
  account: "account",
  feature: "how-to",
  complaint: "technical",
  idea: "how-to",
  other: "how-to",
};

/**
 * A draft article from a resolved ticket: its subject as the title, its summary and the last
 * answer the customer saw as the body, in the ticket's language. Null when there is no such ticket.
 */
export async function createDraftFromTicket(db: DbClient, input: { number: number; slug: string }, by?: EditorAction): Promise<ArticleDetail | null> {
  const ticket = await db.ticket.findUnique({
    where: { number: input.number },
    include: { messages: { where: { author: "staff", internal: false, held: false }, orderBy: { id: "desc" }, take: 1 } },
  });
  if (!ticket) return null;
  const answer = [ticket.summary, ticket.messages[0]?.text].filter(Boolean).join("\n\n");
  return createArticle(
    db,
    {
      slug: input.slug,
      category: TOPIC_CATEGORY[ticket.topic] ?? "how-to",
      tags: [ticket.topic],
      translations: { [ticket.language]: { title: ticket.subject, body: answer || ticket.subject, keywords: [] } },
    },
    by,
  );
}

/** The language a Telegram user reads articles in, as far as the desk knows it. */
export async function readerLanguageOf(db: DbClient, telegramId: bigint): Promise<{ languageCode: string; languageChosen: boolean } | null> {
  return db.customer.findUnique({ where: { telegramId }, select: { languageCode: true, languageChosen: true } });
}
