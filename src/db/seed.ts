import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { readRows, type DbClient } from "./index.js";
import { arrayOf, int, rowReader, text } from "./rows.js";

// Seed data is inserted when missing and never overwrites what an admin or editor changed.

const SEED_DIR = resolve(import.meta.dirname, "../../prisma/seed");

const queueSeed = z.array(
  z.object({
    code: z.string(),
    name: z.string(),
    firstResponseMinutes: z.number().int().positive(),
    resolutionMinutes: z.number().int().positive().nullable(),
    warnBeforeMinutes: z.number().int().nonnegative(),
    escalateToCode: z.string().nullable(),
    alertOnCreate: z.boolean().optional(),
    isOverflow: z.boolean().optional(),
    sortOrder: z.number().int(),
  }),
);

const translation = z.object({ title: z.string().min(1), body: z.string().min(1), keywords: z.array(z.string()) });
const kbSeed = z.array(
  z.object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    category: z.string(),
    tags: z.array(z.string()),
    translations: z.record(z.string(), translation),
  }),
);

const macroSeed = z.array(
  z.object({
    code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/),
    translations: z.record(z.string(), z.object({ title: z.string().min(1), body: z.string().min(1) })),
  }),
);

// Translations of the seed articles and macros, one file per language (prisma/seed/translations/
// <lang>.json), kept apart from the English and Russian originals so that each language can be
// written and reviewed on its own.
const translationFile = z.object({
  articles: z.record(z.string(), z.object({ title: z.string().min(1), body: z.string().min(1), keywords: z.array(z.string()).default([]) })).default({}),
  macros: z.record(z.string(), z.object({ title: z.string().min(1), body: z.string().min(1) })).default({}),
});
type TranslationFiles = Map<string, z.infer<typeof translationFile>>;

function readTranslations(): TranslationFiles {
  const dir = resolve(SEED_DIR, "translations");
  const files: TranslationFiles = new Map();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir).sort()) {
    const m = /^([a-z]{2})\.json$/.exec(name);
    if (m) files.set(m[1]!, translationFile.parse(JSON.parse(readFileSync(resolve(dir, name), "utf8"))));
  }
  return files;
}

/** The languages the files add to one article or macro; a language the seed itself has wins. */
function extraFor<K extends "articles" | "macros">(
  files: TranslationFiles,
  kind: K,
  key: string,
  own: Record<string, unknown>,
): Record<string, NonNullable<z.infer<typeof translationFile>[K][string]>> {
  const out: Record<string, NonNullable<z.infer<typeof translationFile>[K][string]>> = {};
  for (const [lang, file] of files) {
    const t = file[kind][key];
    if (t && !(lang in own)) out[lang] = t as NonNullable<z.infer<typeof translationFile>[K][string]>;
  }
  return out;
}

function readSeed<T>(file: string, schema: z.ZodType<T>): T {
  const path = resolve(SEED_DIR, file);
  return existsSync(path) ? schema.parse(JSON.parse(readFileSync(path, "utf8"))) : schema.parse([]);
}

/** Rows of `table` with their key column and the languages `translations` has for each. */
function withLanguages(table: string, translations: string, foreignKey: string, key: string): string {
  return `SELECT x.id, x.${key} AS key, coalesce(array_agg(t.lang) FILTER (WHERE t.lang IS NOT NULL), '{}') AS langs
    FROM ${table} x LEFT JOIN ${translations} t ON t.${foreignKey} = x.id GROUP BY x.id, x.${key}`;
}

const readExisting = rowReader("a seeded row", { id: int, key: text, langs: arrayOf(text) });

export async function seedDefaults(db: DbClient, adminIds: readonly bigint[]): Promise<void> {
  const queues = readSeed("queues.json", queueSeed);
  // The checks below are plain SQL: on every start after the first they are all the seed does, and
  // a first Prisma query would cost its engine's start-up before the desk can take requests.
  const existingQueues = new Set((await readRows<{ code: string }>(db, "SELECT code FROM queues", [])).map((q) => q.code));
  for (const q of queues.filter((q) => !existingQueues.has(q.code))) await db.queue.create({ data: q });

  const extra = readTranslations();
  const articles = readSeed("kb-articles.json", kbSeed).map((a) => ({
    ...a,
    translations: { ...a.translations, ...extraFor(extra, "articles", a.slug, a.translations) },
  }));
  const existingArticles = (await readRows(db, withLanguages("kb_articles", "kb_translations", "article_id", "slug"), [])).map(readExisting);
  const existingSlugs = new Set(existingArticles.map((a) => a.key));
  // Translations added to the seed later reach an existing database too; a language an editor
  // already wrote (or removed and rewrote) keeps the editor's text.
  for (const existing of existingArticles) {
    const seeded = articles.find((a) => a.slug === existing.key);
    const have = new Set(existing.langs);
    const missing = Object.entries(seeded?.translations ?? {}).filter(([lang]) => !have.has(lang));
    if (missing.length) {
      await db.kbTranslation.createMany({ data: missing.map(([lang, t]) => ({ articleId: existing.id, lang, ...t })), skipDuplicates: true });
    }
  }
  for (const a of articles.filter((a) => !existingSlugs.has(a.slug))) {
    await db.kbArticle.create({
      data: {
        slug: a.slug,
        category: a.category,
        tags: a.tags,
        status: "published",
        translations: { create: Object.entries(a.translations).map(([lang, t]) => ({ lang, ...t })) },
      },
    });
  }

  const macros = readSeed("macros.json", macroSeed).map((m) => ({
    ...m,
    translations: { ...m.translations, ...extraFor(extra, "macros", m.code, m.translations) },
  }));
  const existingMacroRows = (await readRows(db, withLanguages("macros", "macro_translations", "macro_id", "code"), [])).map(readExisting);
  const existingMacros = new Set(existingMacroRows.map((m) => m.key));
  for (const existing of existingMacroRows) {
    const seeded = macros.find((m) => m.code === existing.key);
    const have = new Set(existing.langs);
    const missing = Object.entries(seeded?.translations ?? {}).filter(([lang]) => !have.has(lang));
    if (missing.length) {
      await db.macroTranslation.createMany({ data: missing.map(([lang, t]) => ({ macroId: existing.id, lang, ...t })), skipDuplicates: true });
    }
  }
  for (const m of macros.filter((m) => !existingMacros.has(m.code))) {
    await db.macro.create({
      data: { code: m.code, translations: { create: Object.entries(m.translations).map(([lang, t]) => ({ lang, ...t })) } },
    });
  }

  const known = adminIds.length
    ? new Set(
        (
          await readRows<{ id: string }>(db, "SELECT telegram_id::text AS id FROM staff_members WHERE telegram_id = ANY (string_to_array($1, ',')::bigint[])", [
            adminIds.join(","),
          ])
        ).map((r) => r.id),
      )
    : new Set<string>();
  for (const telegramId of adminIds.filter((id) => !known.has(String(id)))) {
    await db.staffMember.upsert({
      where: { telegramId },
      create: { telegramId, displayName: `Admin ${telegramId}`, role: "admin" },
      update: {},
    });
  }
}
